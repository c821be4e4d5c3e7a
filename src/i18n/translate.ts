import type { Locale } from './locales.ts';
import { en, type MessageKey, type Messages } from './messages.en.ts';
import { ko } from './messages.ko.ts';

export const messagesByLocale: Readonly<Record<Locale, Messages>> = { en, ko };

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Replaces each `{name}` with `values[name]`; an unknown name is left as written. */
export function fillPlaceholders(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export function createTranslator(locale: Locale): Translate {
  const messages = messagesByLocale[locale];
  return (key, values) => fillPlaceholders(messages[key], values);
}

/** The `{name}` placeholders a message uses, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1] ?? ''))].sort();
}
