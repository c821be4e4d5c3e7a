import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './app.css';
import { useEffect, useMemo, useState } from 'react';
import seedText from '../content/scenarios/seed-instance.yaml?raw';
import { resolveLocale } from './i18n/locales.ts';
import { createTranslator } from './i18n/translate.ts';
import { TranslateContext } from './i18n/useTranslate.ts';
import { planFromManifests } from './simulator/index.ts';
import { PlanView } from './ui/plan/PlanView.tsx';
import { LanguageSwitch } from './ui/shell/LanguageSwitch.tsx';

const seedFile = 'content/scenarios/seed-instance.yaml';
// The seed never changes at run time, so it is reconciled once, when the module loads.
const seedResult = planFromManifests([{ name: seedFile, text: seedText }]);

export function App() {
  const [search] = useState(() => window.location.search);
  const { locale, rejected } = useMemo(() => resolveLocale(search, navigator.languages), [search]);
  const t = useMemo(() => createTranslator(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  return (
    <TranslateContext value={t}>
      <header className="site-header">
        <div className="site-header-inner">
          <div>
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch current={locale} search={search} />
        </div>
      </header>
      <main className="page">
        {rejected === null ? null : (
          <p className="notice" role="status">
            {t('app.unknownLanguage', { value: rejected })}
          </p>
        )}
        <PlanView result={seedResult} file={seedFile} />
      </main>
    </TranslateContext>
  );
}
