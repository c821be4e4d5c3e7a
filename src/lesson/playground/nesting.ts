/** The deepest nesting read (flow brackets or indentation levels), by the simulator and the editor. */
export const MAX_DEPTH = 100;

/** How deep a text nests, and the first line (1-based) where it goes past `limit` (null if never). */
export interface Nesting {
  depth: number;
  overLine: number | null;
}

/** How deep the text nests: flow brackets outside quotes, and indentation in steps of two. */
export function measureNesting(text: string, limit = MAX_DEPTH): Nesting {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  let line = 1;
  let overLine: number | null = null;
  const reach = (level: number) => {
    if (level > max) max = level;
    if (overLine === null && level > limit) overLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = true;
      indent = 0;
      quote = null;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      lineStart = false;
      if (c !== '#') reach(Math.floor(indent / 2));
    }
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      const next = text.indexOf('\n', i);
      i = next < 0 ? text.length : next - 1;
    } else if (c === '[' || c === '{') reach(++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return { depth: max, overLine };
}
