import { useState, useSyncExternalStore } from 'react';
import { chapterIds, defaultChapterId, type ChapterId } from '../../lesson/chapters.ts';
import { chapterOutline } from '../../lesson/outlines.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { progressStore } from '../../state/progress-store.ts';
import { seenCount } from '../../state/progress.ts';
import { useMediaQuery } from '../shell/useMediaQuery.ts';
import './toc.css';

interface TableOfContentsProps {
  current: ChapterId;
  /** The address of a chapter (keeps language, theme and the like). */
  hrefOf: (chapterId: ChapterId) => string;
  onOpen: (chapterId: ChapterId) => void;
  /** The annotation reference's address, linked under the chapters. */
  referenceHref?: string;
}

/** Wide enough for contents, prose and a readable diagram side by side. */
const WIDE_COURSE = '(min-width: 1600px)';
/** Wide enough to open the drawer on a first visit without pushing the chapter out of sight. */
const OPEN_ON_FIRST_VISIT = '(min-width: 1280px)';

/**
 * A first visit to the course's front door: nothing seen on this device yet, and the address names
 * no chapter (a shared link to a step goes straight to its diagram, drawer closed).
 */
const isFirstVisit = () => nothingSeenAtOpen && Object.keys(progressStore.get()).length === 0;

/**
 * Read as the page's first script runs, before the address follows the store (which writes
 * `chapter=` as soon as the lesson lands, sometimes before the first render) and before the first
 * step is marked seen.
 */
const nothingSeenAtOpen =
  typeof window !== 'undefined' &&
  !new URLSearchParams(window.location.search).has('chapter') &&
  Object.keys(progressStore.get()).length === 0;

/**
 * Every chapter in order, with how much of each the reader has seen on this device. Beside the
 * chapter on wide screens; on narrower ones a drawer above it, closed until asked for, so the
 * prose and the diagram get the width.
 */
export function TableOfContents(props: TableOfContentsProps) {
  const t = useTranslate();
  const wide = useMediaQuery(WIDE_COURSE);
  const roomy = useMediaQuery(OPEN_ON_FIRST_VISIT);
  // Decided once, at the first render: a first visit shows where the course starts.
  const [firstVisit] = useState(isFirstVisit);
  if (wide) return <ChapterList {...props} />;
  return (
    <details className="toc-drawer" open={firstVisit && roomy ? true : undefined}>
      <summary>
        {t('toc.show')} · {t(`chapter.title.${props.current}`)}
        {firstVisit && props.current === defaultChapterId ? (
          <span className="toc-start"> · {t('toc.startHere')}</span>
        ) : null}
      </summary>
      <ChapterList {...props} />
    </details>
  );
}

function ChapterList({ current, hrefOf, onOpen, referenceHref }: TableOfContentsProps) {
  const t = useTranslate();
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.get);
  return (
    <nav className="toc" aria-label={t('toc.title')}>
      <h2 className="toc-title">{t('toc.title')}</h2>
      <ol>
        {chapterIds.map((id, i) => {
          const steps = chapterOutline(id).steps.map((s) => s.id);
          const seen = seenCount(progress, id, steps);
          const label =
            steps.length === 0
              ? t('toc.own')
              : seen === 0
                ? t('toc.notStarted')
                : t('toc.progress', { seen, total: steps.length });
          return (
            <li key={id} className={id === current ? 'is-current' : undefined}>
              <a
                href={hrefOf(id)}
                aria-current={id === current ? 'page' : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  e.currentTarget.closest('details')?.removeAttribute('open');
                  onOpen(id);
                }}
              >
                <span className="toc-number">{i + 1}</span>
                <span className="toc-name">{t(`chapter.title.${id}`)}</span>
                {id === defaultChapterId ? (
                  <span className="toc-start-badge" title={t('toc.startHereHint')}>
                    {t('toc.startHere')}
                  </span>
                ) : null}
              </a>
              {steps.length > 0 ? (
                <span className="toc-progress">
                  <progress max={steps.length} value={seen} aria-label={label} />
                  <span className="toc-progress-text">
                    {seen === steps.length ? `✓ ${t('toc.done')}` : label}
                  </span>
                </span>
              ) : (
                <span className="toc-progress-text">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
      {referenceHref ? (
        <p className="toc-reference">
          <a href={referenceHref}>{t('toc.annotations')}</a>
        </p>
      ) : null}
    </nav>
  );
}
