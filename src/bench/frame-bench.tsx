// The app as `npm run bench:frames` measures it: the normal page, plus `?pods=N` to replace the
// chapter's scenario with N ready pods on N/10 nodes, `&expand=all` to draw every one of them, and
// `&at=packet` to start where the packet starts moving.
// Built only by scripts/frame-bench.mjs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { buildScene } from '../scene/build-scene.ts';
import { useAppStore } from '../state/app-store.ts';
import { selectMainRun } from '../state/selectors.ts';
import { startUrlSync } from '../state/url-sync.ts';
import { manyPodsScenario } from '../lesson/many-pods-scenario.ts';

const root = document.getElementById('root');
if (!root) throw new Error('frames.html has no #root element');

startUrlSync(useAppStore, window);
const params = new URLSearchParams(window.location.search);
const pods = Number(params.get('pods') ?? '0');

/**
 * Once the lesson has arrived: unfold every group (`expand=all`), go to the packet (`at=packet`).
 * Runs once: the store changes it makes call the subscriber again, which must not redo them.
 */
let prepared = false;
function prepare() {
  if (prepared) return true;
  const state = useAppStore.getState();
  const lesson = state.lesson;
  if (!lesson?.ok || state.pendingStep !== null) return false;
  prepared = true;
  const run = selectMainRun(state);
  // `expand=all` unfolds every "+N more", so every pod and target is drawn.
  if (params.get('expand') === 'all')
    for (let round = 0; run?.ok && round < 4; round++) {
      const { expanded, toggleExpanded } = useAppStore.getState();
      const folded = buildScene(run.sceneInput, expanded)
        .nodes.filter((n) => n.kind === 'more')
        .map((n) => n.id.slice('more:'.length))
        .filter((id) => !expanded.has(id));
      if (folded.length === 0) break;
      folded.forEach(toggleExpanded);
    }
  // `at=packet` starts at the first step that follows the packet, so Play animates the request.
  if (params.get('at') === 'packet') {
    const first = lesson.steps.findIndex((s) => s.parts[0]?.kind === 'packet');
    if (first >= 0) {
      useAppStore.getState().goToStep(first);
      useAppStore.getState().setPlayThrough(true);
    }
  }
  document.documentElement.dataset.benchReady = 'true';
  return true;
}
if (Number.isInteger(pods) && pods >= 10) {
  useAppStore.getState().loadScenario(manyPodsScenario(pods / 10, 10));
}
if (!prepare()) {
  const stop = useAppStore.subscribe(() => {
    if (prepare()) stop();
  });
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
