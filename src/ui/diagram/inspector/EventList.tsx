import type { SimEvent } from '../../../simulator/index.ts';
import { useTranslate } from '../../../i18n/useTranslate.ts';
import { translateSceneText, isMessageKey } from '../translate-scene-text.ts';

/** The timeline events that touched an element, in time order, with their narration. */
export function EventList({ events }: { events: readonly SimEvent[] }) {
  const t = useTranslate();
  if (events.length === 0) return <p className="dg-muted">{t('inspector.noEvents')}</p>;
  return (
    <ol className="dg-events">
      {events.map((event, index) => (
        <li key={`${event.atMs}-${event.kind}-${index}`}>
          <span className="dg-event-time">
            {t('inspector.eventAt', { seconds: Number((event.atMs / 1000).toFixed(2)) })}
          </span>{' '}
          <code className="dg-event-kind">{event.kind}</code>{' '}
          {isMessageKey(event.narration.key) ? (
            translateSceneText(t, event.narration)
          ) : (
            // Narration keys the catalogue does not have yet: their values, as written.
            <code>
              {Object.entries(event.narration.params)
                .map(([name, value]) => `${name}=${value}`)
                .join(', ')}
            </code>
          )}
        </li>
      ))}
    </ol>
  );
}
