import {
  chapterDefinition,
  defaultChapterId,
  isChapterId,
  isTargetMode,
} from '../lesson/chapters.ts';
import type { ChapterId, TargetMode } from '../lesson/chapters.ts';
import { resolveLocale, type Locale } from '../i18n/locales.ts';

export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

/** What the address can say: `?lang=ko|en&chapter=<id>&step=<id or 1-based>&mode=instance|ip&theme=light|dark`. */
export interface UrlState {
  locale: Locale;
  chapterId: ChapterId;
  /** 0-based here; the address counts from 1. */
  stepIndex: number;
  mode: TargetMode;
  theme: Theme;
}

export type UrlParam = 'lang' | 'chapter' | 'step' | 'mode' | 'theme';

/** A value in the address that was not understood and was replaced by a default. */
export interface UrlProblem {
  param: UrlParam;
  /** As written in the address; shown to the reader as plain text only. */
  value: string;
}

/** The address read on its own, before the chapter's step count is known. */
export interface ParsedUrl {
  locale: Locale;
  chapterId: ChapterId;
  /** The mode the address asks for, or null for the chapter's own default. */
  mode: TargetMode | null;
  /** The step the address asks for (1-based number or step id), or null when it does not say. */
  step: number | string | null;
  /** The raw step value, kept to report it when it turns out to be out of range. */
  rawStep: string | null;
  theme: Theme;
  problems: UrlProblem[];
}

const ownParams: ReadonlySet<string> = new Set<UrlParam>([
  'lang',
  'chapter',
  'step',
  'mode',
  'theme',
]);

const POSITIVE_INTEGER = /^[1-9]\d{0,8}$/;
const STEP_ID = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * How the address names steps: how many a chapter has in a mode, and, for written chapters,
 * their ids (`?step=register-targets`); a bare function only counts (steps are numbers then).
 */
export type StepNames =
  | ((chapterId: ChapterId, mode: TargetMode) => number)
  | {
      count: (chapterId: ChapterId, mode: TargetMode) => number;
      idOf: (chapterId: ChapterId, mode: TargetMode, index: number) => string | null;
      indexOf: (chapterId: ChapterId, mode: TargetMode, id: string) => number;
    };

const countOf = (names: StepNames, chapterId: ChapterId, mode: TargetMode) =>
  typeof names === 'function' ? names(chapterId, mode) : names.count(chapterId, mode);
const idOf = (names: StepNames, state: UrlState) =>
  typeof names === 'function' ? null : names.idOf(state.chapterId, state.mode, state.stepIndex);

/** Reads every parameter; a bad value becomes the default and a problem to report. */
export function parseUrl(search: string, browserLanguages: readonly string[]): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const { locale, rejected } = resolveLocale(search, browserLanguages);
  if (rejected !== null) problems.push({ param: 'lang', value: rejected });

  const rawChapter = params.get('chapter');
  let chapterId = defaultChapterId;
  if (isChapterId(rawChapter)) chapterId = rawChapter;
  else if (rawChapter !== null) problems.push({ param: 'chapter', value: rawChapter });

  const rawMode = params.get('mode');
  let mode: TargetMode | null = null;
  if (isTargetMode(rawMode)) mode = rawMode;
  else if (rawMode !== null) problems.push({ param: 'mode', value: rawMode });

  const rawStep = params.get('step');
  let step: number | string | null = null;
  if (rawStep !== null && POSITIVE_INTEGER.test(rawStep)) step = Number(rawStep);
  else if (rawStep !== null && STEP_ID.test(rawStep)) step = rawStep;
  else if (rawStep !== null) problems.push({ param: 'step', value: rawStep });

  const rawTheme = params.get('theme');
  let theme: Theme = 'system';
  if (rawTheme === 'light' || rawTheme === 'dark') theme = rawTheme;
  else if (rawTheme !== null) problems.push({ param: 'theme', value: rawTheme });

  return { locale, chapterId, mode, step, rawStep, theme, problems };
}

/**
 * Completes a parsed address with the chapter's defaults and checks the step against the number
 * of steps the chapter has in that mode (a step past the end falls back to the first).
 */
export function resolveUrlState(
  parsed: ParsedUrl,
  names: StepNames,
): { state: UrlState; problems: UrlProblem[] } {
  const problems = [...parsed.problems];
  const mode = parsed.mode ?? chapterDefinition(parsed.chapterId).defaultMode;
  let stepIndex = 0;
  if (typeof parsed.step === 'number') {
    if (parsed.step <= countOf(names, parsed.chapterId, mode)) stepIndex = parsed.step - 1;
    else problems.push({ param: 'step', value: parsed.rawStep ?? String(parsed.step) });
  } else if (typeof parsed.step === 'string') {
    const index =
      typeof names === 'function' ? -1 : names.indexOf(parsed.chapterId, mode, parsed.step);
    if (index >= 0) stepIndex = index;
    else problems.push({ param: 'step', value: parsed.rawStep ?? parsed.step });
  }
  return {
    state: {
      locale: parsed.locale,
      chapterId: parsed.chapterId,
      stepIndex,
      mode,
      theme: parsed.theme,
    },
    problems,
  };
}

/**
 * The query string for a state, its own parameters first in a fixed order. Parameters this module
 * does not own (a future `embed=1`) follow as they were; `theme` is written only when chosen.
 */
export function serializeUrlState(
  state: UrlState,
  currentSearch = '',
  stepId: string | null = null,
): string {
  const params = new URLSearchParams();
  params.set('lang', state.locale);
  params.set('chapter', state.chapterId);
  params.set('step', stepId ?? String(state.stepIndex + 1));
  params.set('mode', state.mode);
  if (state.theme !== 'system') params.set('theme', state.theme);
  for (const [key, value] of new URLSearchParams(currentSearch))
    if (!ownParams.has(key)) params.append(key, value);
  return `?${params}`;
}

/** A value from the address as a short plain string for a notice (never markup). */
export function displayValue(value: string, max = 40): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** The part of the app state the address mirrors. */
export const urlStateOf = (s: UrlState): UrlState => ({
  locale: s.locale,
  chapterId: s.chapterId,
  stepIndex: s.stepIndex,
  mode: s.mode,
  theme: s.theme,
});

const sameUrlState = (a: UrlState, b: UrlState) =>
  a.locale === b.locale &&
  a.chapterId === b.chapterId &&
  a.stepIndex === b.stepIndex &&
  a.mode === b.mode &&
  a.theme === b.theme;

/** The slice of a zustand store that `startUrlSync` needs (the app store, or a test's). */
export interface UrlSyncStore<S extends UrlState> {
  getState: () => S & { applyUrlState: (state: UrlState, notices: UrlProblem[]) => void };
  subscribe: (listener: (state: S) => void) => () => void;
}

export interface UrlSyncWindow {
  location: { search: string; hash: string };
  navigator: { languages: readonly string[] };
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/**
 * Reads the address into the store, then keeps them together: a new chapter is a new history
 * entry (pushState), anything else (step, mode, theme) replaces the current one. Back and
 * forward read the address again. Returns a function that stops the sync.
 */
export function startUrlSync<S extends UrlState>(
  store: UrlSyncStore<S>,
  win: UrlSyncWindow,
  names: StepNames,
): () => void {
  let applying = false;
  let last: UrlState;
  const write = (state: UrlState, push: boolean) => {
    const url =
      serializeUrlState(state, win.location.search, idOf(names, state)) + win.location.hash;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  const read = () => {
    const parsed = parseUrl(win.location.search, win.navigator.languages);
    const { state, problems } = resolveUrlState(parsed, names);
    applying = true;
    store.getState().applyUrlState(state, problems);
    applying = false;
    last = urlStateOf(store.getState());
    // Bad values are replaced in the address too, so a shared link is always a good one.
    if (problems.length > 0) write(last, false);
  };

  read();
  const unsubscribe = store.subscribe((s) => {
    if (applying) return;
    const next = urlStateOf(s);
    if (sameUrlState(next, last)) return;
    write(next, next.chapterId !== last.chapterId);
    last = next;
  });
  win.addEventListener('popstate', read);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', read);
  };
}
