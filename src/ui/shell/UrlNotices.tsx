import { defaultChapterId } from '../../lesson/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Translate } from '../../i18n/translate.ts';
import { isTargetMode, type TargetMode } from '../../lesson/chapters.ts';
import { displayValue, type UrlProblem } from '../../state/url-sync.ts';

function describe(problem: UrlProblem, t: Translate, mode: TargetMode): string {
  const value = displayValue(problem.value);
  switch (problem.param) {
    case 'lang':
      return t('app.unknownLanguage', { value });
    case 'chapter':
      return t('notice.chapter', {
        value,
        fallback: t(`chapter.title.${defaultChapterId}`),
      });
    case 'step':
      return t('notice.step', { value, mode });
    case 'mode':
      // A known target type this chapter does not offer is not an unknown value.
      return isTargetMode(problem.value)
        ? t('notice.modeNotInChapter', { value, fallback: mode })
        : t('notice.mode', { value, fallback: mode });
    case 'theme':
      return t('notice.theme', { value });
  }
}

/**
 * What the address asked for that the page could not do, in the reader's language. Values from
 * the address are shown as text only, shortened, never as markup.
 */
export function UrlNotices({
  problems,
  mode,
  onDismiss,
}: {
  problems: readonly UrlProblem[];
  mode: TargetMode;
  onDismiss: () => void;
}) {
  const t = useTranslate();
  return (
    <div className="notices" role="status" aria-label={t('notice.label')}>
      {problems.length > 0 ? (
        <div className="notice">
          <ul>
            {problems.map((problem) => (
              <li key={problem.param}>{describe(problem, t, mode)}</li>
            ))}
          </ul>
          <button type="button" className="notice-dismiss" onClick={onDismiss}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
