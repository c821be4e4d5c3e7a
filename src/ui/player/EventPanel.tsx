import { useId } from 'react';
import type { EventStep } from '../../lesson/chapter-steps.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { describeEvent } from './describe-event.ts';
import { EventJson } from './EventJson.tsx';

/**
 * The panel beside the diagram on a controller step, in the place of the PDU view: what the event
 * carried (the API call's request and response, the watched object, the health change). Every
 * value is shown as text.
 */
export function EventPanel({ step }: { step: EventStep }) {
  const t = useTranslate();
  const titleId = useId();
  const view = describeEvent(step);
  return (
    <section className="pdu-panel event-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('event.title')}</h3>
      <p className="pdu-hop">
        {t('event.at')}: {t('event.atValue', { seconds: (step.event.atMs / 1000).toFixed(2) })}
      </p>
      {view.health ? (
        <p className="event-health">
          <span className="event-health-label">{t('event.health')}</span>{' '}
          <span className="pdu-address">
            {t('event.healthChange', {
              before: view.health.before ?? t('event.none'),
              after: view.health.after ?? t('event.none'),
            })}
          </span>
          {view.health.reason ? (
            <>
              {' '}
              <span className="pdu-quiet">
                ({t('event.reason')}: {view.health.reason})
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      <table className="pdu-table">
        <tbody>
          {view.rows.map((r, index) => (
            <tr key={`${index}-${r.label}`}>
              <th scope="row">{t(r.label)}</th>
              <td className={r.code ? 'pdu-address' : undefined}>
                {r.label === 'event.result'
                  ? t(r.value === 'ok' ? 'event.ok' : 'event.failed')
                  : r.value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.documents.map((d) => (
        <div key={d.label}>
          <h4>{t(d.label)}</h4>
          <EventJson json={d.json} />
        </div>
      ))}
    </section>
  );
}
