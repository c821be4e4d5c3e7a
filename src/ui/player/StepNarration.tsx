import { useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';

/**
 * The current step in words, for everyone and for screen readers. The visible text follows the
 * animation part by part; what a screen reader hears is a polite live region that changes once
 * per step (`stepKey`: the chapter, mode and step), so a step that plays several events is
 * announced once, with the words it starts with, and not again as its animation runs. Without a
 * `stepKey` every change is announced.
 */
export function StepNarration({ text, stepKey }: { text: string; stepKey?: string }) {
  const t = useTranslate();
  const [held, setHeld] = useState({ key: stepKey, text });
  const fresh = stepKey === undefined || held.key !== stepKey;
  if (fresh && (held.key !== stepKey || held.text !== text)) setHeld({ key: stepKey, text });
  const announced = fresh ? text : held.text;
  return (
    <>
      <div
        className="step-narration"
        role="status"
        aria-live="off"
        aria-atomic="true"
        aria-label={t('player.narration')}
      >
        {text}
      </div>
      <div className="visually-hidden step-announcer" aria-live="polite" aria-atomic="true">
        {announced}
      </div>
    </>
  );
}
