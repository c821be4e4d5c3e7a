import { chapterOutline, modesOf } from '../lesson/outlines.ts';
import { lessonStepIndexAt, type Lesson } from '../lesson/lesson-time.ts';
import type { AppState } from './app-state.ts';
import type { EmbedOptions } from './embed-options.ts';
import {
  MESSAGE_PREFIX,
  parseCommand,
  type EmbedCommand,
  type EmbedEvent,
} from './embed-messages.ts';

/** What the bridge needs of a store (the app's, or a test's). */
export interface BridgeStore {
  getState: () => AppState;
  subscribe: (listener: (state: AppState) => void) => () => void;
}

/** What the bridge needs of the embed's window (a test passes a fake). */
export interface BridgeWindow {
  parent: { postMessage: (message: unknown, targetOrigin: string) => void } | null;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
}

export interface EmbedBridge {
  /** Tells the host the embed's height (sent only when it changed). */
  postHeight: (height: number) => void;
  stop: () => void;
}

/** The current place as the events tell it: the step's id, its 0-based index, the total. */
function placeOf(s: AppState) {
  const lesson: Lesson | null = s.lesson;
  if (!lesson?.ok || lesson.steps.length === 0 || s.pendingStep !== null) return null;
  const index = lessonStepIndexAt(lesson, s.simulatedMs);
  const step = lesson.steps[index]!;
  return { chapter: s.chapterId, step: step.id, index, total: lesson.steps.length };
}

/**
 * True when a `goto` can land: the chapter's step id or number exists (in the lesson on the page,
 * or else in the chapter's written steps). Otherwise it is ignored: no movement, no notice.
 */
function canLand(s: AppState, command: Extract<EmbedCommand, { type: 'goto' }>): boolean {
  if (command.step === null) return true;
  const lesson = s.lesson;
  if (command.chapter === s.chapterId && lesson?.ok) {
    if (typeof command.step === 'number') return command.step <= lesson.steps.length;
    return lesson.steps.some((step) => step.id === command.step);
  }
  const steps = chapterOutline(command.chapter).steps;
  if (steps.length === 0) return typeof command.step === 'number';
  if (typeof command.step === 'number') return command.step <= steps.length;
  return steps.some((step) => step.id === command.step);
}

/** Carries out a command that passed validation; one that cannot apply here changes nothing. */
export function applyCommand(s: AppState, command: EmbedCommand): void {
  switch (command.type) {
    case 'next':
      return s.nextStep();
    case 'prev':
      return s.previousStep();
    case 'play':
      return s.play();
    case 'pause':
      return s.pause();
    case 'setLang':
      return s.setLocale(command.lang);
    case 'setTheme':
      return s.setTheme(command.theme);
    case 'setMode':
      if (s.customScenario || modesOf(s.chapterId).includes(command.mode))
        s.setMode(command.mode);
      return;
    case 'goto': {
      if (!canLand(s, command)) return;
      const lesson = s.lesson;
      if (command.chapter === s.chapterId && lesson?.ok) {
        const index =
          command.step === null
            ? 0
            : typeof command.step === 'number'
              ? command.step - 1
              : lesson.steps.findIndex((step) => step.id === command.step);
        return s.goToStep(index);
      }
      const modes = modesOf(command.chapter);
      s.applyUrl({
        locale: s.locale,
        chapterId: command.chapter,
        mode: modes.includes(s.mode) ? s.mode : null,
        step: command.step,
        rawStep: command.step === null ? null : String(command.step),
        theme: s.theme,
        problems: [],
      });
      return;
    }
  }
}

/**
 * Connects the embed to its host page. Commands are read only from the parent window and, with
 * `allowOrigin`, only from the listed origins; they are validated strictly and a bad one is
 * dropped without a word. Events go to the parent: `ready` once the first lesson has landed,
 * then `stepChanged` and `modeChanged` whenever they change, and `height` when told.
 */
export function startEmbedBridge(
  store: BridgeStore,
  win: BridgeWindow,
  options: EmbedOptions,
): EmbedBridge {
  const parent = win.parent && win.parent !== (win as unknown) ? win.parent : null;
  const targets = options.allowOrigins ?? ['*'];
  const post = (event: EmbedEvent) => {
    if (!parent) return;
    for (const origin of targets) parent.postMessage(event, origin);
  };

  let ready = false;
  let lastPlace = '';
  let lastMode = store.getState().mode;
  let lastHeight = 0;
  const sync = (s: AppState) => {
    const place = placeOf(s);
    if (!place) return;
    if (!ready) {
      ready = true;
      lastMode = s.mode;
      lastPlace = JSON.stringify(place);
      post({ type: `${MESSAGE_PREFIX}ready`, ...place, mode: s.mode, lang: s.locale });
      post({ type: `${MESSAGE_PREFIX}stepChanged`, ...place });
      if (lastHeight > 0) post({ type: `${MESSAGE_PREFIX}height`, height: lastHeight });
      return;
    }
    if (s.mode !== lastMode && s.lesson?.ok && s.lesson.mode === s.mode) {
      lastMode = s.mode;
      post({ type: `${MESSAGE_PREFIX}modeChanged`, mode: s.mode });
    }
    const key = JSON.stringify(place);
    if (key !== lastPlace) {
      lastPlace = key;
      post({ type: `${MESSAGE_PREFIX}stepChanged`, ...place });
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (!parent || event.source !== parent) return;
    if (options.allowOrigins && !options.allowOrigins.includes(event.origin)) return;
    const command = parseCommand(event.data);
    if (command) applyCommand(store.getState(), command);
  };

  const unsubscribe = store.subscribe(sync);
  win.addEventListener('message', onMessage);
  sync(store.getState());
  return {
    postHeight: (height) => {
      const rounded = Math.ceil(height);
      if (!(rounded > 0) || rounded === lastHeight) return;
      lastHeight = rounded;
      // Before `ready` the height waits: the host hears it right after.
      if (ready) post({ type: `${MESSAGE_PREFIX}height`, height: rounded });
    },
    stop: () => {
      unsubscribe();
      win.removeEventListener('message', onMessage);
    },
  };
}
