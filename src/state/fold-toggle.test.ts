import { describe, expect, it } from 'vitest';
import { manyPodsScenario } from '../lesson/many-pods-scenario.ts';
import { createTestStore } from './test-store.ts';
import { selectFrame } from './selectors.ts';
import type { AppState } from './app-state.ts';

// A step opens a node's "+N more" itself when it hides a pod the step is about (frame.ts
// withFoldsOpened): the reader's "show fewer" there must close it at the first click.
const drawn = (s: AppState, id: string) =>
  selectFrame(s)?.scene.nodes.some((n) => n.id === id) ?? false;

/** The first step that draws a node open that the reader never opened, and that node. */
function stepOpeningAFold(s: AppState): { step: number; card: string } | null {
  const steps = s.lesson?.ok ? s.lesson.steps.length : 0;
  for (let step = 0; step < steps; step++) {
    s.goToStep(step);
    const less = selectFrame(s)?.scene.nodes.find((n) => n.id.startsWith('less:node:'));
    if (less?.parent) return { step, card: less.parent };
  }
  return null;
}

describe("a node's fold", () => {
  it('opens at "+N more" and closes at the first "show fewer"; the close is kept for that step only', () => {
    const store = createTestStore();
    const s = () => store.getState();
    s().setChapter('playground');
    s().loadScenario(manyPodsScenario(2, 8));
    const fold = selectFrame(s())?.scene.nodes.find((n) => n.id.startsWith('more:node:'));
    expect(fold?.parent).toBeTruthy();
    const card = fold!.parent!;
    s().toggleExpanded(card);
    expect(drawn(s(), `less:${card}`)).toBe(true);
    s().toggleExpanded(card);
    expect(drawn(s(), `more:${card}`)).toBe(true);
    expect(s().collapsed?.ids.has(card)).toBe(true);
    // Any step that opens a fold itself would do so again at another step (frame.ts).
    expect(s().collapsed?.stepIndex).toBe(0);
    const found = stepOpeningAFold(s());
    if (found) {
      s().toggleExpanded(found.card);
      expect(drawn(s(), `more:${found.card}`)).toBe(true);
    }
  });
});
