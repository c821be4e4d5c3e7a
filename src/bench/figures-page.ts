// The page `npm run figures` (scripts/write-figures.mjs) opens in headless Chromium: the app's own
// fonts and styles, and mermaid as the app runs it (src/ui/mermaid/render-mermaid.ts), so each
// label is measured in the page's font exactly as a reader's browser would measure it.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import '../app.css';
import '../ui/mermaid/mermaid.css';
import { renderMermaid, type MermaidResult } from '../ui/mermaid/render-mermaid.ts';

declare global {
  interface Window {
    renderFigure: (id: string, code: string, dark: boolean, lang: string) => Promise<MermaidResult>;
  }
}

window.renderFigure = (id, code, dark, lang) => {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.lang = lang;
  return renderMermaid(code, dark, id);
};
document.documentElement.dataset.figuresReady = 'true';
