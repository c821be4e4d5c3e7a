import { locales, type Locale } from './locales.ts';
import type { Messages } from './messages.en.ts';

/**
 * The UI strings, one language at a time: the reader's language loads before the first render
 * (main.tsx), the other in idle time or when the reader switches. Until a language has arrived,
 * its translator answers from one that has (never a blank page), and `subscribe` tells React to
 * render again once it is in.
 */
const loaded = new Map<Locale, Messages>();
const pending = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

const importers: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => import('./messages.en.ts').then((module) => module.en),
  ko: () => import('./messages.ko.ts').then((module) => module.ko),
};

/** Makes a language's strings available at once (tests, and the loader below). */
export function registerMessages(locale: Locale, messages: Messages): void {
  loaded.set(locale, messages);
  version += 1;
  for (const listener of listeners) listener();
}

/** Fetches a language's strings once; a failed fetch (offline) may be tried again later. */
export function loadMessages(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = importers[locale]().then(
      (messages) => registerMessages(locale, messages),
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** The strings of `locale`, or of a language that has arrived; null before any has. */
export function messagesOf(locale: Locale): Messages | null {
  return loaded.get(locale) ?? locales.map((other) => loaded.get(other)).find(Boolean) ?? null;
}

/** True when `locale`'s own strings are in. */
export const hasMessages = (locale: Locale): boolean => loaded.has(locale);

/** For useSyncExternalStore: a number that changes whenever a language arrives. */
export const messagesVersion = (): number => version;
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
