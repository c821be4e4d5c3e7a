import { memo } from 'react';
import type { OkLesson } from '../../lesson/frame.ts';
import type { Plan } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { useFocusableWhenScrolling } from '../shell/useFocusableWhenScrolling.ts';
import { eventLines } from './event-lines.ts';

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
  const parts = lesson ? eventLines(lesson, t) : [];
  const scrollBox = useFocusableWhenScrolling<HTMLOListElement>();
  return (
    <div className="pg-events">
      {plan && plan.errors.length > 0 ? (
        <ul className="pg-errors">
          {plan.errors.map((e, index) => (
            <li key={index} className="pg-error">
              <span className="pg-error-head">
                <strong>{e.object}</strong> <code>{e.reason}</code>
                <span className="visually-hidden">:</span>
              </span>
              <span className="pg-error-message">{e.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {parts.length === 0 ? (
        <p className="muted">{t('playground.noEvents')}</p>
      ) : (
        <>
          <p className="muted pg-events-note">{t('playground.eventsTimeNote')}</p>
          <ol className="pg-event-list" aria-label={t('playground.eventsLabel')} ref={scrollBox}>
            {parts.slice(0, MAX_SHOWN).map((line, index) => (
              <li key={index} data-testid="playground-event">
                <span className="pg-event-time">{line.time}</span>
                <span className="visually-hidden">: </span>
                <span className="pg-event-text">{line.text}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {parts.length > MAX_SHOWN ? (
        <p className="muted">{t('playground.eventsMore', { count: parts.length - MAX_SHOWN })}</p>
      ) : null}
    </div>
  );
});
