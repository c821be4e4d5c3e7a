import { textWidth } from './text-width.ts';

const ELLIPSIS = '…';

/**
 * Shortens an object name to fit `widthPx` by cutting its middle, so both the prefix and the
 * distinguishing end (a port, a pod's suffix) stay visible. The full name stays in the
 * accessible name, the tooltip and the inspector.
 */
export function fitLabel(label: string, widthPx: number, fontPx: number): string {
  if (textWidth(label, fontPx) <= widthPx) return label;
  const chars = [...label];
  let start = 0;
  let end = 0;
  const shown = () =>
    chars.slice(0, start).join('') + ELLIPSIS + chars.slice(chars.length - end).join('');
  for (;;) {
    const takeStart = start <= end * 1.25;
    if (takeStart) start++;
    else end++;
    if (start + end >= chars.length || textWidth(shown(), fontPx) > widthPx) {
      if (takeStart) start--;
      else end--;
      return shown();
    }
  }
}
