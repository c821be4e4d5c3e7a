import { fitLabel } from './fit-label.ts';
import { CONTAINER_KINDS, type SceneNode } from './scene-model.ts';
import { textWidth } from './text-width.ts';

/**
 * A card's name on as many lines as it needs (at most MAX_NAME_LINES), broken after a separator
 * ("kube-system/" | "aws-load-balancer-controller"), so names stay whole; only a name longer
 * than every line together keeps a middle ellipsis on its last line. The layout gives a card one
 * NAME_LINE_HEIGHT per extra line, and the diagram draws the very lines this returns.
 */
export const MAX_NAME_LINES = 3;
/** Diagram units a card grows by for each extra line of its name. */
export const NAME_LINE_HEIGHT = 16;
/** Borders, padding and the accent stripe of a card: what of its width its name may not use. */
export const NAME_INSET = 22;

/** The name's font size: 12.5 px in a compact row (pods, targets, rules), else 13 px. */
export const nameFontPx = (compact: boolean): number => (compact ? 12.5 : 13);

const SEPARATORS = new Set(['-', ':', '|', ' ', ',', '=', '_']);

/**
 * Where a name may break, strongest first: between a rule's conditions (after " + ": the host on
 * one line, the path on the next), after a namespace's or a path's "/", after a DNS label's ".",
 * after any other separator, and (a name with none) after any character.
 */
const BREAK_LEVELS: readonly ((chars: readonly string[], i: number) => boolean)[] = [
  (c, i) => c[i] === ' ' && c[i - 1] === '+',
  (c, i) => c[i] === '/',
  (c, i) => c[i] === '.',
  (c, i) => SEPARATORS.has(c[i]!),
  () => true,
];
/** The name cut after character `end` (a count of characters): its first line and the rest. */
const cutAt = (chars: readonly string[], end: number) => ({
  line: chars.slice(0, end).join('').trimEnd(),
  rest: chars.slice(end).join('').trimStart(),
});

const whole = (lines: readonly string[], label: string) =>
  lines.join('').replace(/\s+/g, '') === label.replace(/\s+/g, '');

export function wrapName(
  label: string,
  widthPx: number,
  fontPx: number,
  maxLines: number = MAX_NAME_LINES,
): string[] {
  if (maxLines <= 1 || textWidth(label, fontPx) <= widthPx)
    return [fitLabel(label, widthPx, fontPx)];
  const chars = [...label];
  // How many characters fit on the first line.
  let fits = 0;
  for (let width = 0; fits < chars.length; fits++) {
    width += textWidth(chars[fits]!, fontPx);
    if (width > widthPx) break;
  }
  // The strongest break that leaves a rest the other lines hold whole; the latest of its kind.
  // (A name longer than all the lines together cannot be whole: no need to look.)
  const couldBeWhole = textWidth(label, fontPx) <= widthPx * maxLines;
  for (const breaksAfter of couldBeWhole ? BREAK_LEVELS : [])
    for (let end = fits; end >= 1; end--) {
      if (!breaksAfter(chars, end - 1)) continue;
      const { line, rest } = cutAt(chars, end);
      const more = wrapName(rest, widthPx, fontPx, maxLines - 1);
      if (whole(more, rest)) return [line, ...more];
    }
  // Too long for every line together: as much as fits, and an ellipsis on the last line.
  const { line, rest } = cutAt(chars, Math.max(1, fits));
  return [line, ...wrapName(rest, widthPx, fontPx, maxLines - 1)];
}

/** How many lines a card `width` units wide gives its name. */
export const nameLineCount = (label: string, width: number, compact: boolean): number =>
  wrapName(label, width - NAME_INSET, nameFontPx(compact)).length;

/** Units a card grew by for its name's extra lines. */
export const extraNameHeight = (node: Pick<SceneNode, 'nameLines'>): number =>
  ((node.nameLines ?? 1) - 1) * NAME_LINE_HEIGHT;

/** Units a card grew by for its detail's extra lines and its badge's own line. */
const extraDetailHeight = (node: Pick<SceneNode, 'detailLines' | 'badgeLine'>): number =>
  ((node.detailLines ?? 1) - 1 + (node.badgeLine ? 1 : 0)) * NAME_LINE_HEIGHT;

/**
 * A row-sized element (a pod, a target, a rule): under 44 units before its name's and its
 * detail's extra lines and its badge's own line.
 */
export const isCompactCard = (
  node: Pick<SceneNode, 'kind' | 'height' | 'nameLines' | 'detailLines' | 'badgeLine'>,
): boolean =>
  !CONTAINER_KINDS.has(node.kind) &&
  node.height - extraNameHeight(node) - extraDetailHeight(node) < 44;

/** The lines a card's name is drawn on: as many as the layout gave it room for. */
export const nameLinesOf = (
  label: string,
  node: Pick<SceneNode, 'kind' | 'width' | 'height' | 'nameLines'>,
): string[] =>
  wrapName(label, node.width - NAME_INSET, nameFontPx(isCompactCard(node)), node.nameLines ?? 1);
