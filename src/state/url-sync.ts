import { defaultChapterId, isChapterId, isTargetMode } from '../lesson/chapters.ts';
import type { ChapterId, TargetMode } from '../lesson/chapters.ts';
import { lessonStepIndexAt, type Lesson } from '../lesson/lesson-time.ts';
import { resolveLocale, type Locale } from '../i18n/locales.ts';
import { themeFromParam } from './embed-theme.ts';

export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

/** What the address can say: `?lang=ko|en&chapter=<id>&step=<id or 1-based>&mode=instance|ip&theme=light|dark`. */
export interface UrlState {
  locale: Locale;
  chapterId: ChapterId;
  /** The step as the address names it: its id, or its number from 1 where steps have no names. */
  step: string;
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
  // Also `system`, and the colour mode a Confluence macro passes (see embed-theme.ts).
  const readTheme = rawTheme === null ? null : themeFromParam(rawTheme);
  const theme: Theme = readTheme ?? 'system';
  if (rawTheme !== null && readTheme === null) problems.push({ param: 'theme', value: rawTheme });

  return { locale, chapterId, mode, step, rawStep, theme, problems };
}

/**
 * The query string for a state, its own parameters first in a fixed order. Parameters this module
 * does not own (a future `embed=1`) follow as they were; `theme` is written only when chosen.
 */
/** Parameters that belong to the playground: a reader who leaves it leaves them behind. */
const playgroundOnly: ReadonlySet<string> = new Set(['scenario']);

export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams();
  params.set('lang', state.locale);
  params.set('chapter', state.chapterId);
  params.set('step', state.step);
  params.set('mode', state.mode);
  if (state.theme !== 'system') params.set('theme', state.theme);
  for (const [key, value] of new URLSearchParams(currentSearch))
    if (!ownParams.has(key) && !(playgroundOnly.has(key) && state.chapterId !== 'playground'))
      params.append(key, value);
  return `?${params}`;
}

/** A value from the address as a short plain string for a notice (never markup). */
export function displayValue(value: string, max = 40): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** How the address names a lesson's step: its id, or its number (`step-3` → `3`). */
export function stepParam(lesson: Lesson, simulatedMs: number): string {
  if (!lesson.ok || lesson.steps.length === 0) return '1';
  const index = lessonStepIndexAt(lesson, simulatedMs);
  const id = lesson.steps[index]?.id ?? '';
  return /^step-\d+$/.test(id) || id === '' ? String(index + 1) : id;
}

/** The part of the app's state the address mirrors; null while the lesson is on its way. */
export interface UrlSource {
  locale: Locale;
  chapterId: ChapterId;
  mode: TargetMode;
  theme: Theme;
  lesson: Lesson | null;
  simulatedMs: number;
  pendingStep: unknown;
}

export function urlStateOf(s: UrlSource): UrlState | null {
  if (!s.lesson || s.pendingStep !== null) return null;
  return {
    locale: s.locale,
    chapterId: s.chapterId,
    step: stepParam(s.lesson, s.simulatedMs),
    mode: s.mode,
    theme: s.theme,
  };
}

const sameUrlState = (a: UrlState, b: UrlState) =>
  a.locale === b.locale &&
  a.chapterId === b.chapterId &&
  a.step === b.step &&
  a.mode === b.mode &&
  a.theme === b.theme;

/** The slice of a zustand store that `startUrlSync` needs (the app store, or a test's). */
export interface UrlSyncStore<S extends UrlSource> {
  getState: () => S & { applyUrl: (parsed: ParsedUrl) => void };
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
 * forward read the address again. The address is written once the lesson has landed, so a bad
 * value is replaced there too and a shared link is always a good one.
 */
export function startUrlSync<S extends UrlSource>(
  store: UrlSyncStore<S>,
  win: UrlSyncWindow,
): () => void {
  let last: UrlState | null = null;
  let reading = false;
  const write = (state: UrlState, push: boolean) => {
    const search = serializeUrlState(state, win.location.search);
    // An address that already says this (a good link, back and forward) stays as it is.
    if (!push && search === win.location.search) return;
    const url = search + win.location.hash;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  const sync = (s: S) => {
    const next = urlStateOf(s);
    if (!next || (last && sameUrlState(next, last))) return;
    // A chapter the reader opened is a new entry; the address read from history is not.
    write(next, !reading && last !== null && next.chapterId !== last.chapterId);
    last = next;
    reading = false;
  };
  const read = () => {
    reading = true;
    store.getState().applyUrl(parseUrl(win.location.search, win.navigator.languages));
    sync(store.getState());
  };
  read();
  const unsubscribe = store.subscribe(sync);
  win.addEventListener('popstate', read);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', read);
  };
}
