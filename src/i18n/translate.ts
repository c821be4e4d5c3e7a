import type { Locale } from './locales.ts';
import { messagesOf } from './message-catalogue.ts';
import type { MessageKey, Messages } from './messages.en.ts';

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Replaces each `{name}` with `values[name]`; an unknown name is left as written. */
export function fillPlaceholders(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * A language's translator. Before its strings have arrived it answers in a language that has
 * (and with the key itself before any has), so a render never fails for want of a string.
 */
export function createTranslator(locale: Locale): Translate {
  return translatorOf(messagesOf(locale));
}

/** A translator over some strings (none yet: each key answers for itself). */
export function translatorOf(messages: Messages | null): Translate {
  return (key, values) => fillPlaceholders(messages?.[key] ?? key, values);
}

/**
 * True when `key` is a UI string (the simulator's codes are looked up this way). Every language
 * has the same keys (a test checks), so any language that has arrived can answer.
 */
export function isMessageKey(key: string): key is MessageKey {
  const messages = messagesOf('en');
  return messages !== null && Object.hasOwn(messages, key);
}

/** The `{name}` placeholders a message uses, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1] ?? ''))].sort();
}
