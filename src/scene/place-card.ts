import type { SceneNode } from './scene-model.ts';
import { L } from './layout-constants.ts';
import {
  add,
  containerHeader,
  stackFold,
  stackItems,
  type Builder,
  type ItemSpec,
} from './scene-builder.ts';

/** A container card's width: one row's, with padding on either side. */
export const CARD_WIDTH = L.item.width + 2 * L.pad;

/** What a container card says of itself; its size comes from its header and its rows. */
export type CardSpec = Omit<SceneNode, 'order' | 'width' | 'height' | 'nameLines'>;

/**
 * Adds a container card (a load balancer, a target group, an EC2 node) with room for its name in
 * the header. Returns the card, whose height `closeCard` sets once its rows are stacked, and the
 * y its first row starts at.
 */
export function openCard(b: Builder, spec: CardSpec): { card: SceneNode; rowsTop: number } {
  const header = containerHeader(spec.label, CARD_WIDTH);
  const card = add(b, {
    ...spec,
    width: CARD_WIDTH,
    height: 0,
    ...(header.nameLines ? { nameLines: header.nameLines } : {}),
  });
  return { card, rowsTop: header.height };
}

/** Ends a card whose rows were stacked down to `cursor`: sets its height; returns the next free y. */
export function closeCard(card: SceneNode, cursor: number): number {
  card.height = cursor - L.gap + L.pad;
  return card.y + card.height + L.gap;
}

/**
 * A card of uniform rows that folds past `limit` ("+N more" until the reader expands it): a
 * target group's targets, a Classic Load Balancer's registered instances. Returns the next free y.
 */
export function placeRowsCard(
  b: Builder,
  spec: CardSpec,
  rows: readonly ItemSpec[],
  limit: number,
  expanded: ReadonlySet<string>,
): number {
  const { card, rowsTop } = openCard(b, spec);
  const open = expanded.has(spec.id);
  const shown = open ? rows : rows.slice(0, limit);
  const cursor = stackItems(b, spec.id, shown, L.pad, rowsTop, L.row.height);
  return closeCard(card, stackFold(b, spec.id, rows.length, limit, open, cursor));
}
