import { memo } from 'react';
import type { Diagnostic } from '../../lesson/playground/diagnostics.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { chapterOfFinding } from './finding-chapters.ts';

interface FindingsListProps {
  findings: readonly Diagnostic[];
  chapterHref: (chapterId: string) => string;
  onGoToLine: (line: number) => void;
}

/** Errors and warnings, each with its line, the controller's words, why, and where to read more. */
export const FindingsList = memo(function FindingsList({
  findings,
  chapterHref,
  onGoToLine,
}: FindingsListProps) {
  const t = useTranslate();
  return (
    <section className="pg-findings" aria-labelledby="pg-findings-title">
      <h3 id="pg-findings-title">{t('playground.findings')}</h3>
      {findings.length === 0 ? (
        <p className="muted" data-testid="playground-no-findings">
          {t('playground.noFindings')}
        </p>
      ) : (
        <ul>
          {findings.map((f, index) => {
            const chapter = chapterOfFinding[f.code];
            return (
              <li
                key={`${index}-${f.line}-${f.code}`}
                className={`pg-finding is-${f.severity}`}
                data-testid="playground-finding"
              >
                <button
                  type="button"
                  className="pg-line"
                  aria-label={t('playground.goToLine', { line: f.line })}
                  onClick={() => onGoToLine(f.line)}
                >
                  {t('playground.line', { line: f.line })}
                </button>{' '}
                <span className="pg-severity">{t(`playground.severity.${f.severity}`)}</span>{' '}
                <code className="pg-message">{f.message}</code>
                <p className="pg-explain">
                  {t(`playground.explain.${f.code}`, { value: f.message })}
                  {chapter ? (
                    <>
                      {' '}
                      <a href={chapterHref(chapter)}>
                        {t('playground.readMore', { chapter: t(`chapter.title.${chapter}`) })}
                      </a>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
