import { hostnameLines } from './fit-hostname.ts';
import { NAME_INSET } from './name-lines.ts';
import type { SceneNode } from './scene-model.ts';

/** A compact row's detail: 12 px, beside the kind's icon (20 units with its gap). */
export const DETAIL_FONT_PX = 12;
const DETAIL_INSET = NAME_INSET + 20;
/** At most this many lines for a detail (an Ingress's address: its load balancer's name, then its end). */
const MAX_DETAIL_LINES = 2;

/** How many lines a compact row `width` units wide gives a long detail (an address). */
export const detailLineCount = (detail: string, width: number): number =>
  hostnameLines(detail, width - DETAIL_INSET, DETAIL_FONT_PX, MAX_DETAIL_LINES).length;

/**
 * The lines a compact row's detail is drawn on: as many as the layout gave it room for (one:
 * as is, the card's CSS cuts it), less room beside a badge, unless the badge has a line of its own.
 */
export const detailLinesOf = (
  detail: string,
  node: Pick<SceneNode, 'width' | 'detailLines' | 'badgeLine'>,
  badgeWidth = 0,
): string[] =>
  (node.detailLines ?? 1) <= 1
    ? [detail]
    : hostnameLines(
        detail,
        node.width - DETAIL_INSET - (node.badgeLine ? 0 : badgeWidth),
        DETAIL_FONT_PX,
        node.detailLines ?? 1,
      );
