import { locales, type Locale } from '../../i18n/locales.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** Links that reload the page in the other language, keeping the rest of the query string. */
export function LanguageSwitch({ current, search }: { current: Locale; search: string }) {
  const t = useTranslate();
  return (
    <nav className="language-switch" aria-label={t('app.language')}>
      <ul>
        {locales.map((locale) => {
          const params = new URLSearchParams(search);
          params.set('lang', locale);
          return (
            <li key={locale}>
              <a
                href={`?${params}`}
                lang={locale}
                hrefLang={locale}
                aria-current={locale === current ? 'page' : undefined}
              >
                {t(`language.${locale}`)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
