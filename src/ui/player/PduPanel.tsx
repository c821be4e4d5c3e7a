import { useId } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { PacketSegment } from '../../scene/packet-timeline.ts';
import type { Trace } from '../../simulator/index.ts';
import { describePdu, type Addresses, type PduView } from './describe-pdu.ts';

function AddressTable({ pdu }: { pdu: PduView }) {
  const t = useTranslate();
  const rows: { label: string; pick: (a: Addresses) => string }[] = [
    { label: t('pdu.source'), pick: (a) => a.src },
    { label: t('pdu.destination'), pick: (a) => a.dst },
  ];
  const before = pdu.in;
  return (
    <table className="pdu-table">
      <thead>
        <tr>
          <td />
          {before ? <th scope="col">{t('pdu.in')}</th> : null}
          <th scope="col">{t('pdu.out')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, pick }) => {
          const changed = before !== null && pick(before) !== pick(pdu.out);
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              {before ? <td className="pdu-address">{pick(before)}</td> : null}
              <td className={`pdu-address${changed ? ' is-changed' : ''}`}>{pick(pdu.out)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function HeaderTable({ pdu }: { pdu: PduView }) {
  const t = useTranslate();
  if (!pdu.headers) return <p className="pdu-quiet">{t('pdu.noHeaders')}</p>;
  return (
    <table className="pdu-table">
      <thead>
        <tr>
          <th scope="col">{t('pdu.header')}</th>
          <th scope="col">{t('pdu.value')}</th>
        </tr>
      </thead>
      <tbody>
        {pdu.headers.map((h) => (
          <tr key={h.name}>
            <th scope="row" className="pdu-header-name">
              {h.name}
            </th>
            <td className="pdu-address">
              {h.value}
              {h.addedHere ? <span className="pdu-added">{t('pdu.addedHere')}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The packet at the current hop, in the manner of Packet Tracer's PDU view: L3/L4 addresses as
 * they came in and as they leave (with the kind of rewrite), the L7 headers, kube-proxy's chains.
 */
export function PduPanel({
  segment,
  trace,
  element,
}: {
  segment: PacketSegment;
  trace: Trace;
  /** The hop's element as the reader knows it (its label in the diagram). */
  element: string;
}) {
  const t = useTranslate();
  const titleId = useId();
  const pdu = describePdu(segment, trace);
  return (
    <section className="pdu-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('pdu.title')}</h3>
      <p className="pdu-hop">
        {t('pdu.hop', { direction: t(`player.direction.${segment.direction}`), element })}
      </p>

      <h4>
        {t('pdu.layer34')}
        {pdu.rewrite ? (
          <span className={`pdu-rewrite is-${pdu.rewrite}`}>{t(`pdu.rewrite.${pdu.rewrite}`)}</span>
        ) : null}
      </h4>
      <AddressTable pdu={pdu} />
      <p className="pdu-quiet">
        {pdu.rewrite ? t(`pdu.explain.${pdu.rewrite}`) : t('pdu.unchanged')}
      </p>

      <h4>{t('pdu.layer7')}</h4>
      <HeaderTable pdu={pdu} />

      {pdu.chains ? (
        <>
          <h4>{t('pdu.chains')}</h4>
          <ol className="pdu-chains">
            {pdu.chains.map((chain, index) => (
              <li key={`${index}-${chain}`}>
                <code>{chain}</code>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
