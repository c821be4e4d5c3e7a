// The app as `npm run bench:frames` measures it: the normal page, plus `?pods=N` to replace the
// chapter's scenario with N ready pods on N/10 nodes, and `&expand=all` to draw every one of them.
// Built only by scripts/frame-bench.mjs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { chapterDefinition } from '../chapters/chapters.ts';
import { runScenario, stepCount } from '../chapters/chapter-run.ts';
import { buildScene } from '../scene/build-scene.ts';
import { useAppStore } from '../state/app-store.ts';
import { selectRun } from '../state/selectors.ts';
import { startUrlSync } from '../state/url-sync.ts';
import { manyPodsScenario } from './many-pods-scenario.ts';

const root = document.getElementById('root');
if (!root) throw new Error('frames.html has no #root element');

startUrlSync(useAppStore, window, (chapterId, mode) =>
  stepCount(runScenario(chapterDefinition(chapterId).scenario, mode)),
);
const params = new URLSearchParams(window.location.search);
const pods = Number(params.get('pods') ?? '0');
if (Number.isInteger(pods) && pods >= 10) {
  useAppStore.getState().loadScenario(manyPodsScenario(pods / 10, 10));
}
// `expand=all` unfolds every "+N more", so every pod and target is drawn.
if (params.get('expand') === 'all') {
  const run = selectRun(useAppStore.getState());
  for (let round = 0; run.ok && round < 4; round++) {
    const { expanded, toggleExpanded } = useAppStore.getState();
    const folded = buildScene(run.sceneInput, expanded)
      .nodes.filter((n) => n.kind === 'more')
      .map((n) => n.id.slice('more:'.length))
      .filter((id) => !expanded.has(id));
    if (folded.length === 0) break;
    folded.forEach(toggleExpanded);
  }
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
