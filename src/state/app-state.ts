import type { StateCreator } from 'zustand';
import type { ChapterId, ScenarioSource, TargetMode } from '../lesson/chapters.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Theme, UrlProblem, UrlState } from './url-sync.ts';

/** Where the reader is: language, chapter and step. */
export interface NavigationSlice {
  locale: Locale;
  chapterId: ChapterId;
  /** 0-based; follows the playback clock (it is the step the clock is in). */
  stepIndex: number;
  /** Values from the address that were replaced by defaults, to tell the reader once. */
  notices: UrlProblem[];
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  firstStep: () => void;
  lastStep: () => void;
  setChapter: (chapterId: ChapterId) => void;
  dismissNotices: () => void;
  /** Replaces navigation, mode and theme at once (first load, back/forward). */
  applyUrlState: (state: UrlState, notices: UrlProblem[]) => void;
}

/** What the simulator runs: the chapter's scenario (or the reader's own), in which target type. */
export interface ModeSlice {
  mode: TargetMode;
  /** Manifests that replace the chapter's scenario (the playground, benchmarks); null: none. */
  customScenario: ScenarioSource | null;
  setMode: (mode: TargetMode) => void;
  /** Runs other manifests in place of the chapter's, from the first step; null goes back. */
  loadScenario: (source: ScenarioSource | null) => void;
}

/** The one virtual clock every animation samples. */
export interface PlaybackSlice {
  playing: boolean;
  /** 0.25 to 4: virtual milliseconds per real millisecond. */
  speed: number;
  simulatedMs: number;
  play: () => void;
  pause: () => void;
  togglePlaying: () => void;
  setSpeed: (speed: number) => void;
  /** Moves the clock to a virtual time (the scrubber); keeps playing if it was. */
  seek: (ms: number) => void;
  /** Advances the clock by real elapsed milliseconds × speed; stops at the end. */
  tick: (realMs: number) => void;
}

/** How the page looks: theme, expanded groups, the element in the inspector. */
export interface ViewSlice {
  theme: Theme;
  expanded: ReadonlySet<string>;
  inspectedId: string | null;
  /** Reading mode: every step of the chapter on one page, with still diagrams. */
  reading: boolean;
  setTheme: (theme: Theme) => void;
  setReading: (reading: boolean) => void;
  toggleExpanded: (id: string) => void;
  inspect: (id: string) => void;
  closeInspector: () => void;
}

export type AppState = NavigationSlice & ModeSlice & PlaybackSlice & ViewSlice;

export type SliceCreator<Slice> = StateCreator<AppState, [['zustand/devtools', never]], [], Slice>;
