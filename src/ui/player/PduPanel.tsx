import { useId } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { PacketSegment } from '../../scene/packet-timeline.ts';
import type { Trace } from '../../simulator/index.ts';
import { useFocusableWhenScrolling } from '../shell/useFocusableWhenScrolling.ts';
import { describePdu, type Addresses, type PduView } from './describe-pdu.ts';

/** One cell of the "after" column: marked (and named) when the hop changed it. */
function After({ value, changed }: { value: string; changed: boolean }) {
  const t = useTranslate();
  return (
    <td className={`pdu-address${changed ? ' is-changed' : ''}`}>
      {value}
      {changed ? <span className="visually-hidden"> ({t('pdu.changed')})</span> : null}
    </td>
  );
}

/** One field, before and after the hop: its name over the two values, side by side. */
function FieldRows({
  name,
  before,
  after,
  changed,
}: {
  name: string;
  before: string | null;
  after: string;
  changed: boolean;
}) {
  return (
    <tbody>
      <tr>
        <th colSpan={2} scope="rowgroup" className="pdu-field">
          {name}
        </th>
      </tr>
      <tr>
        <td className="pdu-address">{before ?? '—'}</td>
        <After value={after} changed={changed} />
      </tr>
    </tbody>
  );
}

/** The two columns every table of the panel has: before the hop, after it. */
function BeforeAfterHead() {
  const t = useTranslate();
  return (
    <thead>
      <tr>
        <th scope="col">{t('pdu.before')}</th>
        <th scope="col">{t('pdu.after')}</th>
      </tr>
    </thead>
  );
}

function AddressTable({ pdu }: { pdu: PduView }) {
  const t = useTranslate();
  const rows: { label: string; pick: (a: Addresses) => string }[] = [
    { label: t('pdu.source'), pick: (a) => a.src },
    { label: t('pdu.destination'), pick: (a) => a.dst },
  ];
  const before = pdu.in;
  return (
    <table className="pdu-table">
      <caption className="visually-hidden">{t('pdu.layer34')}</caption>
      <BeforeAfterHead />
      {rows.map(({ label, pick }) => (
        <FieldRows
          key={label}
          name={label}
          before={before ? pick(before) : null}
          after={pick(pdu.out)}
          changed={before !== null && pick(before) !== pick(pdu.out)}
        />
      ))}
    </table>
  );
}

/** The HTTP headers that changed at this hop, before and after; the ones it kept, named. */
function HeaderTable({ pdu }: { pdu: PduView }) {
  const t = useTranslate();
  if (!pdu.headers) return null;
  const changed = pdu.headers.filter((h) => h.addedHere || h.before !== h.value);
  const kept = pdu.headers.filter((h) => !changed.includes(h));
  return (
    <>
      {changed.length > 0 ? (
        <table className="pdu-table">
          <caption className="visually-hidden">{t('pdu.layer7')}</caption>
          <BeforeAfterHead />
          {changed.map((h) => (
            <FieldRows key={h.name} name={h.name} before={h.before} after={h.value} changed />
          ))}
        </table>
      ) : null}
      {kept.length > 0 ? (
        <p className="pdu-quiet">
          {t('pdu.headersKept', { names: kept.map((h) => h.name).join(', ') })}
        </p>
      ) : null}
    </>
  );
}

/**
 * The packet at the current hop, beside the diagram while it moves, in the manner of Packet
 * Tracer's PDU view: its addresses before and after the hop side by side (what changed is
 * marked), what the hop does to it (a NAT, a new connection, TLS ending), the HTTP headers it
 * carries here, and the chains kube-proxy's rules walk.
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
  // Beside the diagram it may scroll: then a keyboard reader can focus it and scroll it.
  const box = useFocusableWhenScrolling<HTMLElement>();
  const pdu = describePdu(segment, trace);
  return (
    <section ref={box} className="pdu-panel" aria-labelledby={titleId} data-testid="pdu-panel">
      <h3 id={titleId}>{t('pdu.title')}</h3>
      <p className="pdu-hop">
        {t('pdu.hop', { direction: t(`player.direction.${segment.direction}`), element })}
      </p>
      {pdu.rewrite || segment.hold === 'tls' ? (
        <p className="pdu-chips">
          {pdu.rewrite ? (
            <span className={`pdu-rewrite is-${pdu.rewrite}`}>
              {t(`pdu.rewrite.${pdu.rewrite}`)}
            </span>
          ) : null}
          {segment.hold === 'tls' ? (
            <span className="pdu-rewrite is-tls">{t('pdu.tls')}</span>
          ) : null}
        </p>
      ) : null}
      <AddressTable pdu={pdu} />
      <p className="pdu-quiet">
        {pdu.rewrite ? t(`pdu.explain.${pdu.rewrite}`) : t('pdu.unchanged')}
      </p>
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
