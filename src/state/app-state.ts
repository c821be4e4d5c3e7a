import type { StateCreator } from 'zustand';
import type { ChapterId, ScenarioSource, TargetMode } from '../lesson/chapters.ts';
import type { Lesson } from '../lesson/lesson-time.ts';
import type { FoldsClosed } from '../lesson/frame.ts';
import type { LessonRequest } from '../lesson/build-lesson.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LessonSource } from './lesson-source.ts';
import type { ParsedUrl, Theme, UrlProblem } from './url-sync.ts';

/**
 * Where the reader is: language and chapter. The step is not stored: it is the step the clock
 * (`simulatedMs`) stands in, read from the lesson (`selectStepIndex`).
 */
export interface NavigationSlice {
  locale: Locale;
  chapterId: ChapterId;
  /** Values from the address that were replaced by defaults, to tell the reader once. */
  notices: UrlProblem[];
  /**
   * Where to land once the lesson arrives from the worker: a step id, a 1-based step number, ids
   * to try in order (a mode switch), or null for the first step. Cleared when applied.
   */
  pendingStep: string | number | readonly string[] | null;
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  firstStep: () => void;
  lastStep: () => void;
  setChapter: (chapterId: ChapterId) => void;
  setLocale: (locale: Locale) => void;
  dismissNotices: () => void;
  /** Replaces navigation, mode and theme at once from the address (first load, back/forward). */
  applyUrl: (parsed: ParsedUrl) => void;
}

/** What the simulator runs: the chapter's scenario (or the reader's own), in which target type. */
export interface ModeSlice {
  mode: TargetMode;
  /** Manifests that replace the chapter's scenario (the playground, benchmarks); null: none. */
  customScenario: ScenarioSource | null;
  /** Switches the target type and stays on the same step (by id) where the chapter has it. */
  setMode: (mode: TargetMode) => void;
  /** Runs other manifests in place of the chapter's, from the first step; null goes back. */
  loadScenario: (source: ScenarioSource | null) => void;
}

/** The current chapter's lesson: built off the main thread, null until it arrives. */
export interface LessonSlice {
  lesson: Lesson | null;
  /** The key (chapter, mode, scenario) of the lesson the page wants. */
  lessonKey: string;
  /**
   * True while `lesson` is the one the page showed before and the wanted one is on its way: a
   * switch of target type keeps the picture (marked busy) instead of blanking it for a moment.
   */
  lessonStale: boolean;
  /** Set when building the lesson failed (the worker crashed); the page says so. */
  lessonError: string | null;
  /** Asks for the lesson of the current chapter, mode and scenario (cached). */
  loadLesson: () => void;
  /** Lands on the pending step in the lesson already on the page. */
  applyPending: () => void;
  /** Any chapter's lesson in any mode (the compare view reads both), from the same cache. */
  fetchLesson: (request: LessonRequest) => Promise<Lesson>;
}

/** The one virtual clock every animation samples. */
export interface PlaybackSlice {
  playing: boolean;
  /** Play goes on across steps instead of stopping at the current step's end. */
  playThrough: boolean;
  /** 0.25 to 4: virtual milliseconds per real millisecond. */
  speed: number;
  simulatedMs: number;
  /** Plays the current step from its start (or from where the clock is inside it) to its end. */
  play: () => void;
  pause: () => void;
  togglePlaying: () => void;
  setPlayThrough: (on: boolean) => void;
  setSpeed: (speed: number) => void;
  /** Moves the clock to a virtual time (the scrubber); keeps playing if it was. */
  seek: (ms: number) => void;
  /** Advances the clock by real elapsed milliseconds × speed; stops at the step's (or the lesson's) end. */
  tick: (realMs: number) => void;
}

/** How the page looks: theme, expanded groups, the element in the inspector. */
export interface ViewSlice {
  theme: Theme;
  expanded: ReadonlySet<string>;
  /** Groups the reader closed at one step that the step had opened itself (FrameOptions). */
  collapsed: FoldsClosed | null;
  inspectedId: string | null;
  /** Reading mode: every step of the chapter on one page, with still diagrams. */
  reading: boolean;
  setTheme: (theme: Theme) => void;
  setReading: (reading: boolean) => void;
  toggleExpanded: (id: string) => void;
  inspect: (id: string) => void;
  closeInspector: () => void;
}

export type AppState = NavigationSlice & ModeSlice & LessonSlice & PlaybackSlice & ViewSlice;

/** What the store is made with: where its lessons come from. */
export interface StoreDeps {
  lessons: LessonSource;
}

export type SliceCreator<Slice> = (
  ...args: [
    ...Parameters<StateCreator<AppState, [['zustand/devtools', never]], [], Slice>>,
    StoreDeps,
  ]
) => Slice;
