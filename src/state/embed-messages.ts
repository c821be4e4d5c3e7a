import { isChapterId, isTargetMode, type ChapterId, type TargetMode } from '../lesson/chapters.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { themeFromParam } from './embed-theme.ts';
import type { Theme } from './url-sync.ts';

/**
 * The embed's postMessage API. Every message, both ways, is a plain object
 * `{ type: 'lbc-explainer:<name>', ...fields }`. Commands come from the host page; events go to
 * it. `parseCommand` is the only way a message from outside becomes a command: anything of the
 * wrong shape, with a field it does not know, or with an unknown value is null (and ignored).
 */
export const MESSAGE_PREFIX = 'lbc-explainer:';

export type EmbedCommand =
  | { type: 'goto'; chapter: ChapterId; step: number | string | null }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'setMode'; mode: TargetMode }
  | { type: 'setLang'; lang: Locale }
  | { type: 'setTheme'; theme: Theme };

export type EmbedEvent =
  | {
      type: 'lbc-explainer:ready';
      chapter: ChapterId;
      step: string;
      index: number;
      total: number;
      mode: TargetMode;
      lang: Locale;
    }
  | {
      type: 'lbc-explainer:stepChanged';
      chapter: ChapterId;
      step: string;
      index: number;
      total: number;
    }
  | { type: 'lbc-explainer:modeChanged'; mode: TargetMode }
  | { type: 'lbc-explainer:height'; height: number };

export const commandNames = [
  'goto',
  'next',
  'prev',
  'play',
  'pause',
  'setMode',
  'setLang',
  'setTheme',
] as const;
export const eventNames = ['ready', 'stepChanged', 'modeChanged', 'height'] as const;

const STEP_ID = /^[a-z][a-z0-9-]{0,63}$/;
const MAX_STEP = 1_000;

/** A plain object (not an array, a class instance, a DOM node or null). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** True when the object has exactly `type` and the given fields (the optional ones may be absent). */
function hasOnly(data: Record<string, unknown>, required: string[], optional: string[] = []) {
  const keys = Object.keys(data);
  const allowed = new Set(['type', ...required, ...optional]);
  return keys.every((key) => allowed.has(key)) && required.every((key) => Object.hasOwn(data, key));
}

/** A step as a command may name it: its id, or its number counting from 1 (a number or digits). */
function readStep(value: unknown): number | string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= MAX_STEP ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^[1-9]\d{0,3}$/.test(value)) {
    const number = Number(value);
    return number <= MAX_STEP ? number : undefined;
  }
  return STEP_ID.test(value) ? value : undefined;
}

/** The command a message carries, or null when it is not exactly one of ours. */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (!isPlainObject(data) || typeof data.type !== 'string') return null;
  if (!data.type.startsWith(MESSAGE_PREFIX)) return null;
  const name = data.type.slice(MESSAGE_PREFIX.length);
  switch (name) {
    case 'next':
    case 'prev':
    case 'play':
    case 'pause':
      return hasOnly(data, []) ? { type: name } : null;
    case 'goto': {
      if (!hasOnly(data, ['chapter'], ['step']) || !isChapterId(data.chapter)) return null;
      const step = readStep(data.step);
      return step === undefined ? null : { type: 'goto', chapter: data.chapter, step };
    }
    case 'setMode':
      return hasOnly(data, ['mode']) && isTargetMode(data.mode)
        ? { type: 'setMode', mode: data.mode }
        : null;
    case 'setLang':
      return hasOnly(data, ['lang']) && isLocale(data.lang)
        ? { type: 'setLang', lang: data.lang }
        : null;
    case 'setTheme': {
      if (!hasOnly(data, ['theme']) || typeof data.theme !== 'string' || data.theme.length > 20)
        return null;
      const theme = themeFromParam(data.theme);
      return theme ? { type: 'setTheme', theme } : null;
    }
    default:
      return null;
  }
}

/** A height message from an embed (what `embed.js` and a host page read), or null. */
export function parseHeight(data: unknown): number | null {
  if (!isPlainObject(data) || data.type !== `${MESSAGE_PREFIX}height`) return null;
  const height = data.height;
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100_000
    ? Math.round(height)
    : null;
}
