// The app as `npm run bench:frames` measures it: the normal page, plus `?pods=N` to replace the
// chapter's scenario with N ready pods on N/10 nodes. Built only by scripts/frame-bench.mjs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { chapterDefinition } from '../chapters/chapters.ts';
import { runScenario, stepCount } from '../chapters/chapter-run.ts';
import { useAppStore } from '../state/app-store.ts';
import { startUrlSync } from '../state/url-sync.ts';
import { manyPodsScenario } from './many-pods-scenario.ts';

const root = document.getElementById('root');
if (!root) throw new Error('frames.html has no #root element');

startUrlSync(useAppStore, window, (chapterId, mode) =>
  stepCount(runScenario(chapterDefinition(chapterId).scenario, mode)),
);
const pods = Number(new URLSearchParams(window.location.search).get('pods') ?? '0');
if (Number.isInteger(pods) && pods >= 10) {
  useAppStore.getState().loadScenario(manyPodsScenario(pods / 10, 10));
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
