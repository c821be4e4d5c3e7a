import { modesOf } from '../lesson/outlines.ts';
import { lessonStepIndexAt } from '../lesson/lesson-time.ts';
import type { ModeSlice, SliceCreator } from './app-state.ts';

export const createModeSlice: SliceCreator<ModeSlice> = (set, get) => ({
  mode: 'instance',
  customScenario: null,
  /**
   * Replays the chapter in the other target type and keeps the reader at the equivalent step: the
   * same step id, or the nearest step before it that the other mode has.
   */
  setMode: (mode) => {
    const s = get();
    if (mode === s.mode || (!s.customScenario && !modesOf(s.chapterId).includes(mode)))
      return;
    const lesson = s.lesson;
    let pendingStep: readonly string[] | null = null;
    if (lesson?.ok && lesson.steps.length > 0) {
      const index = lessonStepIndexAt(lesson, s.simulatedMs);
      pendingStep = lesson.steps
        .slice(0, index + 1)
        .map((step) => step.id)
        .reverse();
    }
    set({ mode, pendingStep, playing: false }, undefined, 'mode/setMode');
    get().loadLesson();
  },
  loadScenario: (customScenario) => {
    set(
      { customScenario, pendingStep: null, simulatedMs: 0, playing: false, inspectedId: null },
      undefined,
      'mode/loadScenario',
    );
    get().loadLesson();
  },
});
