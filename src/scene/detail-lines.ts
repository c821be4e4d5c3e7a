import { hostnameLines } from './fit-hostname.ts';
import { fitLabel } from './fit-label.ts';
import { textWidth } from './text-width.ts';
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
 * A list (an ENI's secondary addresses: "+ 10.0.1.101, 10.0.1.102, …") too long for its row keeps
 * its first items whole and says how many it leaves out ("+ 10.0.1.101, 10.0.1.102, …+2"): an
 * address cut in its middle would read as another address. Null when the detail is no list or
 * not even one item fits.
 */
function fitList(detail: string, room: number): string | null {
  const items = detail.split(', ');
  for (let kept = items.length - 1; kept >= 1; kept--) {
    const shown = `${items.slice(0, kept).join(', ')}, …+${items.length - kept}`;
    if (textWidth(shown, DETAIL_FONT_PX) <= room) return shown;
  }
  return null;
}

/** One line of detail in `room`: whole; else a list's first items; else cut in its middle. */
function fitLine(detail: string, room: number): string {
  if (textWidth(detail, DETAIL_FONT_PX) <= room) return detail;
  return (
    (detail.includes(', ') ? fitList(detail, room) : null) ??
    fitLabel(detail, room, DETAIL_FONT_PX)
  );
}

/**
 * The lines a compact row's detail is drawn on: as many as the layout gave it room for, less room
 * beside a badge, unless the badge has a line of its own. On one line a detail too long for it is
 * cut in its middle, so the end that tells two apart stays (`domain-api-cnk…-b46ph`, a pod's
 * suffix); a list keeps whole items (fitList).
 */
export const detailLinesOf = (
  detail: string,
  node: Pick<SceneNode, 'width' | 'detailLines' | 'badgeLine'>,
  badgeWidth = 0,
): string[] => {
  const room = node.width - DETAIL_INSET - (node.badgeLine ? 0 : badgeWidth);
  return (node.detailLines ?? 1) <= 1
    ? [fitLine(detail, room)]
    : hostnameLines(detail, room, DETAIL_FONT_PX, node.detailLines ?? 1);
};
