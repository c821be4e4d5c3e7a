import type { CardData } from '../diagram-flow-types.ts';
import { KindIcon } from '../icons/KindIcon.tsx';
import { NodeBadge } from './NodeBadge.tsx';

/**
 * The two lines of a card. Full size: icon, kind and detail, badge; then the name across the
 * whole width. Compact rows (pods, targets, rules): the name first, then icon, detail, badge;
 * the badge on a third line where the layout made room for it (an Ingress's warning).
 */
export function CardLines({ data }: { data: CardData }) {
  const badge = data.badge ? <NodeBadge badge={data.badge} /> : null;
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const cut = squeeze(data.shownLines.join('')) !== squeeze(data.label);
  const detailCut = data.detailLines !== undefined && data.detailLines.join('') !== data.detail;
  const name = (
    <span className="dg-line">
      <span className="dg-label" title={cut ? data.label : undefined}>
        {data.shownLines.map((line, i) => (
          <span key={i} className="dg-name-line">
            {line}
          </span>
        ))}
      </span>
    </span>
  );
  // A row with nothing to say under its name (the client, DNS) shows no lone icon there.
  if (data.compact && !data.detail && !badge) return <span className="dg-lines">{name}</span>;
  if (data.compact)
    return (
      <span className="dg-lines">
        {name}
        <span className="dg-line">
          <KindIcon kind={data.kind} />
          <span className="dg-detail" title={detailCut ? (data.detail ?? undefined) : undefined}>
            {data.detailLines
              ? data.detailLines.map((line, i) => (
                  <span key={i} className="dg-detail-line">
                    {line}
                  </span>
                ))
              : data.detail}
          </span>
          {data.badgeLine ? null : badge}
        </span>
        {data.badgeLine && badge ? <span className="dg-line dg-badge-line">{badge}</span> : null}
      </span>
    );
  return (
    <span className="dg-lines">
      <span className="dg-line">
        <KindIcon kind={data.kind} />
        <span className="dg-caption">{data.headline}</span>
        {badge}
      </span>
      {name}
    </span>
  );
}
