import { useTranslate } from '../../i18n/useTranslate.ts';

/** A thin bar: how far through the chapter the reader is, by step. */
export function StepProgress({ stepIndex, stepCount }: { stepIndex: number; stepCount: number }) {
  const t = useTranslate();
  if (stepCount === 0) return null;
  const percent = ((stepIndex + 1) / stepCount) * 100;
  return (
    <div
      className="chapter-progress"
      role="progressbar"
      aria-label={t('lesson.progress')}
      aria-valuemin={1}
      aria-valuemax={stepCount}
      aria-valuenow={stepIndex + 1}
      aria-valuetext={t('player.progress', { step: stepIndex + 1, total: stepCount })}
    >
      <div className="chapter-progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
