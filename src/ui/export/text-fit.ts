/** How wide a character is, in em (an estimate: exports have no layout engine). */
const charEm = (c: string) =>
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff]/.test(c) ? 1 : 0.58;

/** About how wide text is at a size. */
export const textWidthOf = (text: string, size: number) =>
  [...text].reduce((sum, c) => sum + charEm(c) * size, 0);

/** Cuts text to about what fits in a width. */
export function fitText(text: string, width: number, size: number): string {
  let used = 0;
  let out = '';
  for (const c of text) {
    used += charEm(c) * size;
    if (used > width) return `${out.slice(0, -1)}…`;
    out += c;
  }
  return out;
}

/** Breaks text into lines of about `width` at spaces; a last line that is cut ends in "…". */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const widthOf = (t: string) => textWidthOf(t, size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && widthOf(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, width, size));
  // The rest joined onto the last line is longer than the width: fitText cuts it with "…".
  return [
    ...lines.slice(0, maxLines - 1),
    fitText(lines.slice(maxLines - 1).join(' '), width, size),
  ];
}
