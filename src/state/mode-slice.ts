import {
  lessonStepCount as stepCount,
  lessonStepStartMs as stepStartMs,
} from '../lesson/lesson.ts';
import type { ModeSlice, SliceCreator } from './app-state.ts';
import { selectLesson } from './current-run.ts';

export const createModeSlice: SliceCreator<ModeSlice> = (set, get) => ({
  mode: 'instance',
  customScenario: null,
  /** Re-runs the simulator in the other mode (cached) and stays on the same step if it exists. */
  setMode: (mode) => {
    if (mode === get().mode) return;
    const run = selectLesson({ ...get(), mode });
    const stepIndex = Math.min(get().stepIndex, Math.max(0, stepCount(run) - 1));
    set(
      { mode, stepIndex, simulatedMs: stepStartMs(run, stepIndex), playing: false },
      undefined,
      'mode/setMode',
    );
  },
  loadScenario: (customScenario) =>
    set(
      { customScenario, stepIndex: 0, simulatedMs: 0, playing: false, inspectedId: null },
      undefined,
      'mode/loadScenario',
    ),
});
