import type { ChapterRun } from '../lesson/chapter-run.ts';
import { frameAt, type Frame, type OkLesson } from '../lesson/frame.ts';
import {
  lessonStepIndexAt,
  partAt,
  type LessonPart,
  type LessonStep,
} from '../lesson/lesson-time.ts';
import type { AppState } from './app-state.ts';

/** Named selectors, one per value; components never subscribe to the whole store. */
export const selectLocale = (s: AppState) => s.locale;
export const selectChapterId = (s: AppState) => s.chapterId;
export const selectNotices = (s: AppState) => s.notices;
export const selectMode = (s: AppState) => s.mode;
export const selectPlaying = (s: AppState) => s.playing;
export const selectPlayThrough = (s: AppState) => s.playThrough;
export const selectSpeed = (s: AppState) => s.speed;
export const selectSimulatedMs = (s: AppState) => s.simulatedMs;
export const selectTheme = (s: AppState) => s.theme;
export const selectExpanded = (s: AppState) => s.expanded;
export const selectCollapsed = (s: AppState) => s.collapsed;
export const selectInspectedId = (s: AppState) => s.inspectedId;
export const selectReading = (s: AppState) => s.reading;
export const selectLesson = (s: AppState) => s.lesson;
/** The lesson on the page is the previous one, kept while the wanted one is built. */
export const selectLessonStale = (s: AppState) => s.lessonStale;
export const selectLessonError = (s: AppState) => s.lessonError;

/** The lesson once it has arrived and resolved (null while loading or when it failed). */
export const selectOkLesson = (s: AppState): OkLesson | null => (s.lesson?.ok ? s.lesson : null);

/** The step the clock stands in (0-based): derived from the time, never stored. */
export const selectStepIndex = (s: AppState): number =>
  s.lesson ? lessonStepIndexAt(s.lesson, s.simulatedMs) : 0;
export const selectStepCount = (s: AppState) => (s.lesson?.ok ? s.lesson.steps.length : 0);
export const selectDurationMs = (s: AppState) => (s.lesson?.ok ? s.lesson.durationMs : 0);

/** The current step (a cached object, stable while the step stays). */
export const selectCurrentStep = (s: AppState): LessonStep | null =>
  s.lesson?.ok ? (s.lesson.steps[selectStepIndex(s)] ?? null) : null;

/** True when the clock stands at the current step's end (its settled frame). */
export const selectSettled = (s: AppState): boolean => {
  const step = selectCurrentStep(s);
  return step !== null && s.simulatedMs >= step.endMs;
};

/** The frame on screen (not cached: call it where the clock is followed, or memoise on time). */
export const selectFrame = (s: AppState, reducedMotion = false): Frame | null =>
  s.lesson?.ok
    ? frameAt(s.lesson, s.simulatedMs, {
        expanded: s.expanded,
        collapsed: s.collapsed,
        reducedMotion,
      })
    : null;

/** Every action, grouped; actions never change, so this is selected once with useShallow. */
export const selectActions = (s: AppState) => ({
  goToStep: s.goToStep,
  nextStep: s.nextStep,
  previousStep: s.previousStep,
  firstStep: s.firstStep,
  lastStep: s.lastStep,
  setChapter: s.setChapter,
  setLocale: s.setLocale,
  dismissNotices: s.dismissNotices,
  setMode: s.setMode,
  play: s.play,
  pause: s.pause,
  togglePlaying: s.togglePlaying,
  setPlayThrough: s.setPlayThrough,
  setSpeed: s.setSpeed,
  seek: s.seek,
  setTheme: s.setTheme,
  toggleExpanded: s.toggleExpanded,
  inspect: s.inspect,
  closeInspector: s.closeInspector,
  setReading: s.setReading,
});

/**
 * The chapter's main run (its scenario in the current mode, without a variant's what-ifs), or
 * the run whose manifests could not be read; null while the lesson is on its way.
 */
export const selectMainRun = (s: AppState): ChapterRun | null => {
  if (!s.lesson) return null;
  if (s.lesson.ok) return s.lesson.runs.main ?? null;
  return s.lesson.failed;
};

/** The event, hop or still the clock is in; at a settled step, the step's last part. */
export const selectCurrentPart = (s: AppState): LessonPart | null => {
  const step = selectCurrentStep(s);
  if (!step) return null;
  return s.simulatedMs >= step.endMs ? (step.parts.at(-1) ?? null) : partAt(step, s.simulatedMs);
};

/** The run the current step reads (the chapter's main run or one of its variants). */
export const selectStepRun = (s: AppState): ChapterRun | null => {
  const step = selectCurrentStep(s);
  if (s.lesson?.ok && step) return s.lesson.runs[step.variant] ?? null;
  return selectMainRun(s);
};
