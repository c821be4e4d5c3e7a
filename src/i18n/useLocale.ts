import { createContext, use } from 'react';
import { fallbackLocale, type Locale } from './locales.ts';

/**
 * The reader's language, provided once by App beside `TranslateContext` (i18n does not read the
 * store: it sits below src/state and src/ui).
 */
export const LocaleContext = createContext<Locale>(fallbackLocale);

/** The reader's language (for content that is not a UI string: chapter prose, the glossary). */
export function useLocale(): Locale {
  return use(LocaleContext);
}
