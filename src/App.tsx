import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './app.css';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslator } from './i18n/useTranslator.ts';
import { LocaleContext } from './i18n/useLocale.ts';
import { TranslateContext } from './i18n/useTranslate.ts';
import { DiagramSkeleton } from './ui/chapter/DiagramSkeleton.tsx';
import type { AppState } from './state/app-state.ts';
import { useAppStore } from './state/app-store.ts';
import type { ChapterId } from './lesson/chapters.ts';
import {
  selectChapterId,
  selectLocale,
  selectMode,
  selectMainRun,
  selectNotices,
  selectTheme,
} from './state/selectors.ts';
import { serializeUrlState, urlStateOf } from './state/url-sync.ts';
import { ChapterPage } from './ui/chapter/ChapterPage.tsx';
import { PlanTextDisclosure } from './ui/chapter/PlanTextDisclosure.tsx';
import { LanguageSwitch } from './ui/shell/LanguageSwitch.tsx';
import { ThemeSwitch, useApplyTheme } from './ui/shell/ThemeSwitch.tsx';
import { TableOfContents } from './ui/toc/TableOfContents.tsx';
import { RenderBoundary } from './ui/shell/RenderBoundary.tsx';
import { UrlNotices } from './ui/shell/UrlNotices.tsx';
import { DropToOpen } from './ui/share/DropToOpen.tsx';
import { ShareButton } from './ui/share/ShareDialog.tsx';

// The playground (its editor, worker and panels) loads only when it is opened.
// Loaded on use: the compare view (?view=compare), the playground, the annotation reference.
const CompareView = lazy(() =>
  import('./ui/compare/CompareView.tsx').then((m) => ({ default: m.CompareView })),
);
const PlaygroundPage = lazy(() =>
  import('./ui/playground/PlaygroundPage.tsx').then((m) => ({ default: m.PlaygroundPage })),
);

// The annotation reference (its table and both languages' texts) loads only when it is opened.
const AnnotationReference = lazy(() =>
  import('./ui/annotations/AnnotationReference.tsx').then((m) => ({
    default: m.AnnotationReference,
  })),
);

/** `?page=annotations` shows the annotation reference instead of the chapter. */
const isAnnotationPage = () =>
  new URLSearchParams(window.location.search).get('page') === 'annotations';

/** The same address with `page=annotations` added or removed. */
function pageHref(search: string, annotations: boolean): string {
  const params = new URLSearchParams(search);
  if (annotations) params.set('page', 'annotations');
  else params.delete('page');
  return `?${params}`;
}

/**
 * `?chapter=playground&view=steps` replays the playground's starting scenario in the chapter
 * player (every controller event and packet hop a step) instead of opening the editor.
 */
const isStepsView = () => new URLSearchParams(window.location.search).get('view') === 'steps';

/** `?view=compare` shows both target types side by side instead of the chapter. */
const isCompareView = () => new URLSearchParams(window.location.search).get('view') === 'compare';

/** The same address with `view=compare` added or removed. */
function viewHref(search: string, compare: boolean): string {
  const params = new URLSearchParams(search);
  if (compare) params.set('view', 'compare');
  else params.delete('view');
  return `?${params}`;
}
const selectShellActions = (s: AppState) => ({
  setTheme: s.setTheme,
  dismissNotices: s.dismissNotices,
  setChapter: s.setChapter,
});

/** A chapter's address from the table of contents: same language and theme, first step. */
const chapterHref = (chapterId: ChapterId) => {
  const params = new URLSearchParams(window.location.search);
  const next = new URLSearchParams();
  for (const key of ['lang', 'theme']) {
    const value = params.get(key);
    if (value !== null) next.set(key, value);
  }
  next.set('chapter', chapterId);
  return `?${next}`;
};

/** The plan of the chapter's scenario as text (inside the chapter's boundary: it runs the simulator). */
function ChapterPlanText() {
  const run = useAppStore(selectMainRun);
  return run ? <PlanTextDisclosure run={run} /> : null;
}

export function App() {
  const locale = useAppStore(selectLocale);
  const theme = useAppStore(selectTheme);
  const notices = useAppStore(selectNotices);
  const mode = useAppStore(selectMode);
  // The address of the current state, for the language links (which keep everything else, such
  // as `view=compare`). Built when the place changes, not on every tick of the clock.
  const place = useAppStore(useShallow(urlStateOf));
  const search = useMemo(
    () => (place ? serializeUrlState(place, window.location.search) : window.location.search),
    [place],
  );
  const chapterId = useAppStore(selectChapterId);
  const { setTheme, dismissNotices, setChapter } = useAppStore(useShallow(selectShellActions));
  const [compare] = useState(isCompareView);
  const [stepsView] = useState(isStepsView);
  const [annotations] = useState(isAnnotationPage);
  const t = useTranslator(locale);
  useApplyTheme(theme);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  return (
    <LocaleContext value={locale}>
      <TranslateContext value={t}>
        <header className="site-header">
          <div className="site-header-inner">
            <div>
              <h1>{t('app.title')}</h1>
              <p className="tagline">{t('app.tagline')}</p>
            </div>
            <div className="site-header-tools">
              <a className="cmp-link" href={viewHref(search, !compare)}>
                {t(compare ? 'compare.back' : 'compare.open')}
              </a>
              {compare ? null : <ShareButton />}
              <LanguageSwitch current={locale} search={search} />
              <ThemeSwitch theme={theme} onChange={setTheme} />
            </div>
          </div>
        </header>
        <main>
          <div className="page page-wide">
            <UrlNotices problems={notices} mode={mode} onDismiss={dismissNotices} />
            {compare ? (
              <Suspense fallback={<DiagramSkeleton label={t('lesson.loading')} />}>
                <CompareView />
              </Suspense>
            ) : annotations ? (
              <Suspense fallback={null}>
                <AnnotationReference backHref={pageHref(search, false)} />
              </Suspense>
            ) : (
              <div className="course">
                <TableOfContents
                  current={chapterId}
                  hrefOf={chapterHref}
                  onOpen={setChapter}
                  referenceHref={pageHref(search, true)}
                />
                <div className="course-main">
                  <RenderBoundary
                    resetKey={`${chapterId}/${mode}/${locale}`}
                    fallback={(error) => (
                      <p className="notice" role="alert">
                        {t('app.chapterFailed', { message: error.message })}
                      </p>
                    )}
                  >
                    {chapterId === 'playground' && !stepsView ? (
                      <Suspense fallback={null}>
                        <PlaygroundPage />
                      </Suspense>
                    ) : (
                      <>
                        <ChapterPage />
                        <ChapterPlanText />
                      </>
                    )}
                  </RenderBoundary>
                </div>
              </div>
            )}
          </div>
        </main>
        <DropToOpen />
      </TranslateContext>
    </LocaleContext>
  );
}
