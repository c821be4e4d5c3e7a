import { fitLabel } from './fit-label.ts';
import { wrapName } from './name-lines.ts';
import { textWidth } from './text-width.ts';

const ELLIPSIS = '…';

/**
 * A DNS name shortened to fit `widthPx` by cutting its middle, keeping whole DNS labels at its
 * end (`….elb.amazonaws.com`: what kind of name it is, taking at most `endShare` of the room)
 * and as much of its start as fits. A name that fits is returned as is; one whose labels do not
 * help (no dot, or a last label too long) falls back to `fitLabel`. The full name stays in the
 * accessible name, the tooltip and the inspector.
 */
export function fitHostname(
  host: string,
  widthPx: number,
  fontPx: number,
  endShare = 0.66,
): string {
  if (textWidth(host, fontPx) <= widthPx) return host;
  const chars = [...host];
  const room = widthPx - textWidth(ELLIPSIS, fontPx);
  // The longest end from a dot that takes no more than its share of the room.
  let end = '';
  for (let i = 1; i < chars.length && end === ''; i++)
    if (chars[i] === '.' && textWidth(chars.slice(i).join(''), fontPx) <= room * endShare)
      end = chars.slice(i).join('');
  if (end === '') return fitLabel(host, widthPx, fontPx);
  let start = '';
  const left = room - textWidth(end, fontPx);
  for (const ch of chars) {
    if (textWidth(start + ch, fontPx) > left) break;
    start += ch;
  }
  return `${start}${ELLIPSIS}${end}`;
}

const BREAKS = new Set(['-', '.']);

/**
 * A DNS name on at most `maxLines` lines of `widthPx`: whole, broken after a "-" or a ".", when
 * it fits (name-lines.ts's wrapName); else each line but the last ends at the latest "-" or "."
 * that fits (the load balancer's name stays whole on the first), and the last keeps the name's
 * end (`….us-west-2.elb.amazonaws.com`), cut in its middle.
 */
export function hostnameLines(
  host: string,
  widthPx: number,
  fontPx: number,
  maxLines: number,
): string[] {
  const wrapped = wrapName(host, widthPx, fontPx, maxLines);
  if (wrapped.join('') === host) return wrapped;
  const lines: string[] = [];
  let rest = [...host];
  while (lines.length < maxLines - 1 && textWidth(rest.join(''), fontPx) > widthPx) {
    let fits = 0;
    while (fits < rest.length && textWidth(rest.slice(0, fits + 1).join(''), fontPx) <= widthPx)
      fits++;
    let end = fits;
    while (end > 0 && !BREAKS.has(rest[end - 1]!)) end--;
    if (end === 0) end = Math.max(1, fits);
    lines.push(rest.slice(0, end).join(''));
    rest = rest.slice(end);
  }
  // The end of a name whose start is shown above matters more than the middle.
  lines.push(fitHostname(rest.join(''), widthPx, fontPx, lines.length > 0 ? 0.95 : 0.66));
  return lines;
}
