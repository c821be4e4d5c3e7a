import { createContext, use } from 'react';
import { fallbackLocale } from './locales.ts';
import { createTranslator, type Translate } from './translate.ts';

/** Provided once by App; components call `useTranslate()` instead of threading `t` through props. */
export const TranslateContext = createContext<Translate>(createTranslator(fallbackLocale));

export function useTranslate(): Translate {
  return use(TranslateContext);
}
