import {
  NAME_LINE_HEIGHT,
  extraNameHeight,
  isCompactCard,
  nameLinesOf,
} from '../../scene/name-lines.ts';
import { GROUP_KINDS, type SceneNode } from '../../scene/scene-model.ts';
import type { Placed } from './drawing-placement.ts';
import type { Box, Shape } from './drawing-shapes.ts';
import type { Palette } from './drawing-style.ts';
import { fitText, textWidthOf } from './text-fit.ts';

/** The words on the boxes, as the canvas words them. */
export interface CardWords {
  /** A group's title ("VPC 10.0.0.0/16", "Availability Zone us-west-2a"), else the node's name. */
  label: (node: SceneNode) => string;
  /** A card's kind line as the canvas tells it ("Pod · 10.0.2.103", "ip · HTTP:8000"). */
  headline: (node: SceneNode) => string;
  /** A card's badge ("ready", "4/4 healthy"), or null. */
  badge: (node: SceneNode) => string | null;
}

/** Shapes to draw, and where they put letters (a packet's label must not cover them). */
export interface LetteredShapes {
  shapes: Shape[];
  lettered: Box[];
}

/** Whether a node holds others (a group, or a card with cards in it): drawn under the edges. */
export function containerTest(nodes: readonly SceneNode[]): (node: SceneNode) => boolean {
  const parents = new Set(nodes.map((n) => n.parent).filter((p) => p !== null));
  return (node) => parents.has(node.id) || GROUP_KINDS.has(node.kind);
}

/** A card's two lines (kind line and name), drawn from its top-left corner. */
function cardText(
  { x, y, node }: Placed,
  halo: string,
  words: CardWords,
  colors: Palette,
  out: LetteredShapes,
): void {
  const room = node.width - 16;
  const badge = words.badge(node);
  const badgeRoom = badge ? Math.min(room / 2, textWidthOf(badge, 11) + 8) : 0;
  // Compact rows (pods, targets, rules) put the name first, as the canvas does.
  // A long name is broken over the lines the layout made room for (name-lines.ts).
  const compact = isCompactCard(node);
  const extra = extraNameHeight(node);
  const nameY = compact ? y + 16 : y + 33;
  const kindY = compact ? y + 31 + extra : y + 16;
  nameLinesOf(words.label(node), node).forEach((line, i) =>
    out.shapes.push({
      kind: 'text',
      x: x + 8,
      y: nameY + i * NAME_LINE_HEIGHT,
      text: fitText(line, room, 13),
      size: 13,
      bold: true,
      fill: colors.text,
      halo,
    }),
  );
  out.shapes.push({
    kind: 'text',
    x: x + 8,
    y: kindY,
    text: fitText(words.headline(node), room - badgeRoom, 11),
    size: 11,
    bold: false,
    fill: colors.muted,
    halo,
  });
  if (badge)
    out.shapes.push({
      kind: 'text',
      x: x + node.width - 8,
      y: kindY,
      text: fitText(badge, badgeRoom, 11),
      size: 11,
      bold: true,
      fill: colors.muted,
      anchor: 'end',
      halo,
    });
  out.lettered.push({ x, y, w: node.width, h: Math.min(node.height, 40 + extra) });
}

/**
 * The boxes that hold others, drawn first: a group as a tinted area with its title, a card with
 * cards in it as a card.
 */
export function containerShapes(
  containers: readonly Placed[],
  emphasis: ReadonlySet<string>,
  words: CardWords,
  colors: Palette,
): LetteredShapes {
  const out: LetteredShapes = { shapes: [], lettered: [] };
  for (const placed of containers) {
    const { x, y, node } = placed;
    const hot = emphasis.has(node.id);
    const group = GROUP_KINDS.has(node.kind);
    out.shapes.push({
      kind: 'rect',
      x,
      y,
      w: node.width,
      h: node.height,
      r: 10,
      fill: group ? colors.container : colors.item,
      stroke: hot ? colors.emphasis : colors.containerStroke,
      width: hot ? 2.5 : 1,
    });
    if (!group) {
      cardText(placed, colors.item, words, colors, out);
      continue;
    }
    out.shapes.push({
      kind: 'text',
      x: x + 10,
      y: y + 19,
      text: fitText(words.label(node), node.width - 20, 13),
      size: 13,
      bold: true,
      fill: colors.muted,
      halo: colors.container,
    });
    out.lettered.push({ x, y, w: node.width, h: 26 });
  }
  return out;
}

/** The cards that hold nothing, drawn over the edges; an emphasised card is tinted. */
export function cardShapes(
  cards: readonly Placed[],
  emphasis: ReadonlySet<string>,
  words: CardWords,
  colors: Palette,
): LetteredShapes {
  const out: LetteredShapes = { shapes: [], lettered: [] };
  for (const placed of cards) {
    const { x, y, node } = placed;
    const hot = emphasis.has(node.id);
    out.shapes.push({
      kind: 'rect',
      x,
      y,
      w: node.width,
      h: node.height,
      r: 8,
      fill: hot ? colors.emphasisFill : colors.item,
      stroke: hot ? colors.emphasis : colors.itemStroke,
      width: hot ? 2.5 : 1,
    });
    cardText(placed, hot ? colors.emphasisFill : colors.item, words, colors, out);
  }
  return out;
}
