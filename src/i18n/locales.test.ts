import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeFromBrowser, resolveLocale } from './locales.ts';

describe('resolveLocale', () => {
  it('takes ?lang= when it names a supported language', () => {
    expect(resolveLocale('?lang=en', ['ko-KR'])).toEqual({ locale: 'en', rejected: null });
    expect(resolveLocale('?step=2&lang=ko', ['en-US'])).toEqual({ locale: 'ko', rejected: null });
  });

  it('falls back to the browser language without ?lang=', () => {
    expect(resolveLocale('', ['en-GB', 'ko'])).toEqual({ locale: 'en', rejected: null });
  });

  it('falls back to Korean when the browser language is not supported either', () => {
    expect(resolveLocale('', ['fr-FR', 'de'])).toEqual({ locale: 'ko', rejected: null });
    expect(resolveLocale('', [])).toEqual({ locale: 'ko', rejected: null });
  });

  it('rejects any other ?lang= value and reports it', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s !== 'ko' && s !== 'en'),
        (value) => {
          const search = `?${new URLSearchParams({ lang: value })}`;
          expect(resolveLocale(search, ['en-US'])).toEqual({ locale: 'en', rejected: value });
        },
      ),
    );
  });
});

describe('localeFromBrowser', () => {
  it('skips unsupported languages and ignores case and region', () => {
    expect(localeFromBrowser(['ja', 'KO-kr', 'en'])).toBe('ko');
  });
});
