import { useAppStore } from '../state/app-store.ts';
import { selectLocale } from '../state/selectors.ts';
import type { Locale } from './locales.ts';

/** The reader's language (for content that is not a UI string: chapter prose, the glossary). */
export const useLocale = (): Locale => useAppStore(selectLocale);
