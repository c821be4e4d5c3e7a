import type { BadgeView } from '../diagram-flow-types.ts';

/** A status pill (target health, pod readiness); the tone also has a shape so colour is not alone. */
export function NodeBadge({ badge }: { badge: BadgeView }) {
  return (
    <span className={`dg-badge dg-tone-${badge.tone}`}>
      <span className="dg-badge-mark" aria-hidden="true" />
      {badge.text}
    </span>
  );
}
