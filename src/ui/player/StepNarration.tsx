import { useTranslate } from '../../i18n/useTranslate.ts';

/**
 * The current step in words, for everyone and for screen readers: a polite live region, so a
 * new step is read out after whatever the reader is hearing.
 */
export function StepNarration({ text }: { text: string }) {
  const t = useTranslate();
  return (
    <div
      className="step-narration"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={t('player.narration')}
    >
      {text}
    </div>
  );
}
