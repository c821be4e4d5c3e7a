import type { ChapterRun } from '../lesson/chapter-run.ts';
import {
  lessonDurationMs,
  lessonStepCount,
  partAt,
  type LessonPart,
  type LessonStep,
} from '../lesson/lesson.ts';
import type { PacketSegment } from '../scene/packet-timeline.ts';
import type { AppState } from './app-state.ts';
import { selectLesson, selectRun } from './current-run.ts';

/** Named selectors, one per value; components never subscribe to the whole store. */
export { selectLesson, selectRun };
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
export const selectReading = (s: AppState) => s.reading;

export const selectStepCount = (s: AppState) => lessonStepCount(selectLesson(s));
export const selectDurationMs = (s: AppState) => lessonDurationMs(selectLesson(s));

/** The current step of the chapter (a cached object, stable while the step stays). */
export const selectCurrentStep = (s: AppState): LessonStep | null => {
  const lesson = selectLesson(s);
  return lesson.ok ? (lesson.steps[s.stepIndex] ?? null) : null;
};
/** The event, hop or still the clock is in (stable while the clock stays in it). */
export const selectCurrentPart = (s: AppState): LessonPart | null => {
  const step = selectCurrentStep(s);
  return step ? partAt(step, s.simulatedMs) : null;
};
/** The run the current step reads (the chapter's main run or one of its variants). */
export const selectStepRun = (s: AppState): ChapterRun => {
  const lesson = selectLesson(s);
  const step = selectCurrentStep(s);
  return (lesson.ok && step ? lesson.runs[step.variant] : undefined) ?? selectRun(s);
};
/** The packet segment of the current part; null on a controller event or a still. */
export const selectCurrentSegment = (s: AppState): PacketSegment | null => {
  const part = selectCurrentPart(s);
  return part?.kind === 'packet' ? part.segment : null;
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
  setReading: s.setReading,
});
