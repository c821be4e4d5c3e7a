import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { useAppStore } from './state/app-store.ts';
import { isEmbedSearch, parseEmbedOptions } from './state/embed-options.ts';
import { startUrlSync } from './state/url-sync.ts';

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

createRoot(root).render(
  <StrictMode>
    {embed ? (
      <Suspense fallback={null}>
        <EmbedApp options={embed} />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
