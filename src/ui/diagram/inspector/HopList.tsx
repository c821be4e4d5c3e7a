import type { Hop } from '../../../simulator/index.ts';
import { useTranslate } from '../../../i18n/useTranslate.ts';

/** The traced request's hops at this element: addresses (and how they were rewritten), headers. */
export function HopList({ hops }: { hops: { direction: 'request' | 'response'; hop: Hop }[] }) {
  const t = useTranslate();
  return (
    <ol className="dg-hops">
      {hops.map(({ direction, hop }, index) => (
        <li key={index}>
          <span className={`dg-hop-direction dg-packet-${direction}`}>
            {t(`inspector.hop.${direction}`)}
          </span>{' '}
          <code>
            {hop.src} → {hop.dst}
          </code>
          {hop.before ? (
            <span className="dg-muted">
              {' '}
              ({t('inspector.hopRewritten', { src: hop.before.src, dst: hop.before.dst })})
            </span>
          ) : null}
          <p className="dg-hop-note">{hop.note}</p>
          {hop.headers ? (
            <ul className="dg-hop-headers">
              {Object.entries(hop.headers).map(([name, value]) => (
                <li key={name}>
                  <code>
                    {name}: {value}
                  </code>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
