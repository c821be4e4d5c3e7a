export const locales = ['ko', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Used when neither the address nor the browser names a supported language. */
export const fallbackLocale: Locale = 'ko';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that we support ('en-GB' counts as 'en'). */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return fallbackLocale;
}

export interface ResolvedLocale {
  locale: Locale;
  /** The `lang` value from the address when it was present but not supported. */
  rejected: string | null;
}

/** `?lang=ko|en` wins; otherwise (or when the value is bad) the browser's language, else Korean. */
export function resolveLocale(search: string, browserLanguages: readonly string[]): ResolvedLocale {
  const requested = new URLSearchParams(search).get('lang');
  if (isLocale(requested)) return { locale: requested, rejected: null };
  return { locale: localeFromBrowser(browserLanguages), rejected: requested };
}
