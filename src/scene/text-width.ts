/**
 * Advance widths (in em) of the diagram's bold label font, Noto Sans KR 700, measured in Chromium.
 * Used to shorten names before they overflow; CSS ellipsis stays as the safety net.
 */
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_EM = [
  0.591, 0.644, 0.527, 0.644, 0.581, 0.372, 0.597, 0.64, 0.304, 0.306, 0.604, 0.315, 0.964, 0.641,
  0.626, 0.644, 0.644, 0.437, 0.495, 0.421, 0.637, 0.576, 0.863, 0.562, 0.574, 0.511,
];
const PUNCTUATION = '-./:_ |*…';
const PUNCTUATION_EM = [0.37, 0.325, 0.387, 0.325, 0.567, 0.227, 0.296, 0.507, 1];
const DIGIT = 0.59;
const UPPER = 0.68;
const OTHER = 0.62;
/** Hangul and other wide scripts take a full em. */
const WIDE = 1;

export function charWidth(ch: string): number {
  const lower = LOWER.indexOf(ch);
  if (lower >= 0) return LOWER_EM[lower] ?? OTHER;
  const punctuation = PUNCTUATION.indexOf(ch);
  if (punctuation >= 0) return PUNCTUATION_EM[punctuation] ?? OTHER;
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (ch >= 'A' && ch <= 'Z') return UPPER;
  return ch.charCodeAt(0) > 0x2e80 ? WIDE : OTHER;
}

export function textWidth(text: string, fontPx: number): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch);
  return sum * fontPx;
}
