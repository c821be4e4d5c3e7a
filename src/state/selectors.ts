import { durationMs, stepAt, stepCount } from '../chapters/chapter-run.ts';
import type { ChapterStep } from '../chapters/chapter-steps.ts';
import type { PacketSegment } from '../scene/packet-timeline.ts';
import type { AppState } from './app-state.ts';
import { selectRun } from './current-run.ts';

/** Named selectors, one per value; components never subscribe to the whole store. */
export { selectRun };
export const selectLocale = (s: AppState) => s.locale;
export const selectChapterId = (s: AppState) => s.chapterId;
export const selectStepIndex = (s: AppState) => s.stepIndex;
export const selectNotices = (s: AppState) => s.notices;
export const selectMode = (s: AppState) => s.mode;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectSimulatedMs = (s: AppState) => s.simulatedMs;
export const selectTheme = (s: AppState) => s.theme;
export const selectExpanded = (s: AppState) => s.expanded;
export const selectInspectedId = (s: AppState) => s.inspectedId;

export const selectStepCount = (s: AppState) => stepCount(selectRun(s));
export const selectDurationMs = (s: AppState) => durationMs(selectRun(s));

/** The current step (a cached object, stable while the step stays). */
export const selectCurrentStep = (s: AppState): ChapterStep | null =>
  stepAt(selectRun(s), s.stepIndex);
/** The packet segment of the current step; null on a controller step. */
export const selectCurrentSegment = (s: AppState): PacketSegment | null => {
  const step = selectCurrentStep(s);
  return step?.kind === 'packet' ? step.segment : null;
};

/** Every action, grouped; actions never change, so this is selected once with useShallow. */
export const selectActions = (s: AppState) => ({
  goToStep: s.goToStep,
  nextStep: s.nextStep,
  previousStep: s.previousStep,
  firstStep: s.firstStep,
  lastStep: s.lastStep,
  setChapter: s.setChapter,
  dismissNotices: s.dismissNotices,
  setMode: s.setMode,
  play: s.play,
  pause: s.pause,
  togglePlaying: s.togglePlaying,
  setSpeed: s.setSpeed,
  seek: s.seek,
  setTheme: s.setTheme,
  toggleExpanded: s.toggleExpanded,
  inspect: s.inspect,
  closeInspector: s.closeInspector,
});
