import type mermaidDefault from 'mermaid';

/** The only module that touches mermaid: loaded on first use, strict, results cached. */
export type MermaidResult = { ok: true; svg: string } | { ok: false; error: string };

type MermaidApi = typeof mermaidDefault;

let api: Promise<MermaidApi> | null = null;
const loadMermaid = () => (api ??= import('mermaid').then((m) => m.default));

const cache = new Map<string, Promise<MermaidResult>>();
// mermaid keeps global configuration: renders run one after another.
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/**
 * Waits for the page's font with the glyphs the diagram uses: mermaid sizes each box by measuring
 * its label, and a label measured in a fallback font is cut mid-word once the real one arrives.
 */
async function fontFor(code: string, family: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  try {
    await Promise.all([
      document.fonts.load(`16px ${family}`, code),
      document.fonts.load(`700 16px ${family}`, code),
    ]);
  } catch {
    // No such font: mermaid measures what the browser draws anyway.
  }
}

const DARK = {
  mainBkg: '#1f2735',
  nodeBorder: '#a9b3c6',
  clusterBkg: '#10141c',
  clusterBorder: '#56627a',
  primaryTextColor: '#e4e8f1',
  titleColor: '#e4e8f1',
  lineColor: '#a9b3c6',
};

async function renderNow(code: string, dark: boolean, id: string): Promise<MermaidResult> {
  const mermaid = await loadMermaid();
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  await fontFor(code, family);
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
    // mermaid's dark boxes are grey on grey: the page's own dark surfaces, with light borders and
    // text (a diagram's own classDef colours still win).
    themeVariables: dark ? DARK : {},
    // The page's own font, named (not `inherit`): mermaid sizes its boxes by measuring text.
    fontFamily: family,
  });
  try {
    await mermaid.parse(code);
    const { svg } = await mermaid.render(id, code);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Renders a diagram (or says why it can't), once per code and theme. `id` names the SVG (mermaid
 * scopes its styles under it, so two pictures on one page need different ones); by default each
 * render gets a new one.
 */
export function renderMermaid(code: string, dark: boolean, id?: string): Promise<MermaidResult> {
  const key = `${dark ? 'dark' : 'light'}\n${id ?? ''}\n${code}`;
  let result = cache.get(key);
  if (!result) {
    result = queue.then(() => renderNow(code, dark, id ?? `mermaid-${++counter}`));
    queue = result.catch(() => undefined);
    cache.set(key, result);
  }
  return result;
}
