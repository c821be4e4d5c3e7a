import { memo } from 'react';
import type { OkLesson } from '../../lesson/frame.ts';
import type { Plan } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { narrateEventStep } from '../player/narrate-event.ts';

const MAX_SHOWN = 200;

/** The controller's story as a list (every event step narrated), its reconcile errors first. */
export const EventsList = memo(function EventsList({
  lesson,
  plan,
}: {
  lesson: OkLesson | null;
  plan: Plan | null;
}) {
  const t = useTranslate();
  const parts = lesson
    ? lesson.steps.flatMap((s) => s.parts).filter((p) => p.kind === 'event')
    : [];
  return (
    <div className="pg-events">
      {plan && plan.errors.length > 0 ? (
        <ul className="pg-errors">
          {plan.errors.map((e, index) => (
            <li key={index}>
              <strong>{e.object}</strong> <code>{e.reason}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {parts.length === 0 ? (
        <p className="muted">{t('playground.noEvents')}</p>
      ) : (
        <ol>
          {parts.slice(0, MAX_SHOWN).map((part, index) => (
            <li key={index}>
              <span className="muted">
                {t('event.atValue', { seconds: (part.event.atMs / 1000).toFixed(2) })}
              </span>{' '}
              {narrateEventStep(part, t)}
            </li>
          ))}
        </ol>
      )}
      {parts.length > MAX_SHOWN ? (
        <p className="muted">{t('playground.eventsMore', { count: parts.length - MAX_SHOWN })}</p>
      ) : null}
    </div>
  );
});
