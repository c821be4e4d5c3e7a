import { hostnameLines } from './fit-hostname.ts';
import { fitLabel } from './fit-label.ts';
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
 * The lines a compact row's detail is drawn on: as many as the layout gave it room for, less room
 * beside a badge, unless the badge has a line of its own. On one line a detail too long for it is
 * cut in its middle, so the end that tells two apart stays (`domain-api-cnk…-b46ph`, a pod's suffix).
 */
export const detailLinesOf = (
  detail: string,
  node: Pick<SceneNode, 'width' | 'detailLines' | 'badgeLine'>,
  badgeWidth = 0,
): string[] => {
  const room = node.width - DETAIL_INSET - (node.badgeLine ? 0 : badgeWidth);
  return (node.detailLines ?? 1) <= 1
    ? [fitLabel(detail, room, DETAIL_FONT_PX)]
    : hostnameLines(detail, room, DETAIL_FONT_PX, node.detailLines ?? 1);
};
