import { describe, expect, it } from 'vitest';
import { buildLesson } from '../lesson/build-lesson.ts';
import type { Lesson } from '../lesson/lesson-time.ts';
import { manyPodsScenario } from '../lesson/many-pods-scenario.ts';
import { createAppStore } from './app-store.ts';
import { createTestStore } from './test-store.ts';
import { selectFrame } from './selectors.ts';
import type { AppState } from './app-state.ts';

// A step opens a node's "+N more" itself when it hides a pod the step is about (frame.ts
// withFoldsOpened): the reader's "show fewer" there must close it at the first click.
const drawn = (s: AppState, id: string) =>
  selectFrame(s)?.scene.nodes.some((n) => n.id === id) ?? false;

describe("a node's fold", () => {
  it('opens at "+N more" and closes at the first "show fewer" the reader clicks', () => {
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
  });

  it('closes a fold the step opened itself at the first click, at that step only', () => {
    // The many-pods lesson with its last step about a pod its node folds away: that step draws
    // the node open without the reader asking (as change-over-time did for a new pod).
    let hiddenPod = '';
    const store = createAppStore({
      lessons: {
        load: (request) => {
          const lesson: Lesson = buildLesson(request);
          if (!lesson.ok || !hiddenPod) return lesson;
          const last = lesson.steps.length - 1;
          return {
            ...lesson,
            steps: lesson.steps.map((step, i) =>
              i === last ? { ...step, focus: [...step.focus, hiddenPod] } : step,
            ),
          };
        },
      },
    });
    const s = () => store.getState();
    s().setChapter('playground');
    // First as it is, to find a pod that "+N more" hides; then with a step about that pod.
    s().loadScenario(manyPodsScenario(2, 8));
    const folded = selectFrame(s())!.scene;
    const card = folded.nodes.find((n) => n.id.startsWith('more:node:'))!.parent!;
    s().toggleExpanded(card);
    const shown = new Set(folded.nodes.map((n) => n.id));
    hiddenPod = selectFrame(s())!.scene.nodes.find(
      (n) => n.parent === card && n.kind === 'pod' && !shown.has(n.id),
    )!.id;
    expect(hiddenPod).toMatch(/^pod:/);
    s().toggleExpanded(card);
    s().loadScenario(manyPodsScenario(2, 8));
    expect(s().expanded.size).toBe(0);
    const steps = s().lesson!.ok ? (s().lesson as Extract<Lesson, { ok: true }>).steps : [];
    const last = steps.length - 1;
    expect(last).toBeGreaterThan(0);
    s().goToStep(last);
    // The step opened the fold to draw its pod; the reader never did.
    expect(drawn(s(), hiddenPod)).toBe(true);
    expect(drawn(s(), `less:${card}`)).toBe(true);
    // One click closes it.
    s().toggleExpanded(card);
    expect(drawn(s(), `more:${card}`)).toBe(true);
    expect(drawn(s(), hiddenPod)).toBe(false);
    expect(s().collapsed).toEqual({ stepIndex: last, ids: new Set([card]) });
    // The first step is not about the pod: the node stays folded there.
    s().goToStep(0);
    expect(drawn(s(), `more:${card}`)).toBe(true);
    // Back at the step, a click on "+N more" opens it again, as for any fold.
    s().goToStep(last);
    s().toggleExpanded(card);
    expect(drawn(s(), `less:${card}`)).toBe(true);
  });
});
