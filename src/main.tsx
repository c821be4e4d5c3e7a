// First: the lesson worker starts loading the simulator before the rest of the page evaluates.
import './state/lesson-worker.ts';
// Then the reader's words and the diagram's code start downloading too.
import './i18n/early-messages.ts';
import './ui/diagram/early-canvas.ts';
import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadMessages } from './i18n/message-catalogue.ts';
import { locales } from './i18n/locales.ts';
import { useAppStore } from './state/app-store.ts';
import { isEmbedSearch, parseEmbedOptions } from './state/embed-options.ts';
import { startUrlSync } from './state/url-sync.ts';
import { preloadDiagramCanvas } from './ui/diagram/LazyDiagramCanvas.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The address is read into the store before the first render, and follows it from then on.
startUrlSync(useAppStore, window);

// `?embed=1`: the compact player for a host page's iframe (src/ui/embed), loaded only there.
const EmbedApp = lazy(() =>
  import('./ui/embed/EmbedApp.tsx').then((m) => ({ default: m.EmbedApp })),
);
const search = window.location.search;
const embed = isEmbedSearch(search) ? parseEmbedOptions(search) : null;

/**
 * Renders the page (or the embed player) once its words are here: in a background render, which
 * yields to the browser while it builds the page (the chapter, its prose and the diagram at once).
 */
function render() {
  const page = createRoot(root!);
  startTransition(() =>
    page.render(
      <StrictMode>
        {embed ? (
          <Suspense fallback={null}>
            <EmbedApp options={embed} />
          </Suspense>
        ) : (
          <App />
        )}
      </StrictMode>,
    ),
  );
}

// The reader's language first; the other one in idle time, so that switching is instant (and
// works offline). A failed fetch still renders: the page answers in the words it has. The first
// render also waits for the diagram's code (already on its way, usually as quick), for at most a
// quarter of a second: a skeleton first and the canvas in a second render cost about 100 ms more
// to the first diagram, but a slow connection should not hold the text back for it.
const { locale } = useAppStore.getState();
const canvasCode = preloadDiagramCanvas().catch(() => undefined);
void loadMessages(locale)
  .catch(() => undefined)
  .then(() => Promise.race([canvasCode, new Promise((done) => window.setTimeout(done, 250))]))
  .finally(render)
  .then(() => {
    const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    for (const other of locales)
      if (other !== locale) later(() => void loadMessages(other).catch(() => undefined));
  });
