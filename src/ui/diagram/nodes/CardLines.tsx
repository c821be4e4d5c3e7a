import type { CardData } from '../diagram-flow-types.ts';
import { KindIcon } from '../icons/KindIcon.tsx';
import { NodeBadge } from './NodeBadge.tsx';

/**
 * The two lines of a card. Full size: icon, kind and detail, badge; then the name across the
 * whole width. Compact rows (pods, targets, rules): the name first, then icon, detail, badge.
 */
export function CardLines({ data }: { data: CardData }) {
  const badge = data.badge ? <NodeBadge badge={data.badge} /> : null;
  const name = (
    <span className="dg-line">
      <span className="dg-label" title={data.shownLabel === data.label ? undefined : data.label}>
        {data.shownLabel}
      </span>
    </span>
  );
  if (data.compact)
    return (
      <span className="dg-lines">
        {name}
        <span className="dg-line">
          <KindIcon kind={data.kind} />
          <span className="dg-detail">{data.detail}</span>
          {badge}
        </span>
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
