/**
 * The Korean font inside an exported SVG. An SVG shown as an image (a wiki's <img>) loads no
 * fonts of its own, and a reader's machine may have no Korean font, so a picture with Hangul
 * carries the slices of Noto Sans KR (the page's font, woff2, one slice per unicode-range) that
 * hold its characters. Latin text keeps the declared font list (any sans-serif reads it).
 */

export const EMBEDDED_FAMILY = 'Noto Sans KR';

/** `U+AC00-AC0F, U+20` as code point ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of text.split(',')) {
    const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) continue;
    const first = m[1]!;
    if (first.includes('?'))
      out.push([parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'F'), 16)]);
    else out.push([parseInt(first, 16), parseInt(m[2] ?? first, 16)]);
  }
  return out;
}

/** Characters a system sans-serif is not sure to have: everything past Latin and punctuation. */
export function wideCharacters(text: string): number[] {
  return [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((c) => c > 0x2e7f);
}

export interface FontSlice {
  weight: string;
  range: string;
  url: string;
}

/** The slices that hold at least one of `chars`, for the weights asked. */
export function slicesFor(
  slices: readonly FontSlice[],
  chars: readonly number[],
  weights: readonly string[],
): FontSlice[] {
  return slices.filter(
    (slice) =>
      weights.includes(slice.weight) &&
      parseUnicodeRange(slice.range).some(([lo, hi]) => chars.some((c) => c >= lo && c <= hi)),
  );
}

/** The page's own @font-face slices of the family, with their woff2 addresses made absolute. */
function pageSlices(): FontSlice[] {
  const out: FontSlice[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      if (!style.getPropertyValue('font-family').includes(EMBEDDED_FAMILY)) continue;
      const src = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/.exec(
        style.getPropertyValue('src'),
      )?.[1];
      if (!src) continue;
      out.push({
        weight: style.getPropertyValue('font-weight').trim() || '400',
        range: style.getPropertyValue('unicode-range'),
        url: new URL(src, sheet.href ?? document.baseURI).href,
      });
    }
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * `@font-face` rules with the slices the text needs inlined as data, or '' when it needs none
 * (or they cannot be read: the picture then falls back on the declared font list).
 */
export async function embeddedFontCss(text: string, weights: readonly string[]): Promise<string> {
  const chars = wideCharacters(text);
  if (chars.length === 0 || typeof document === 'undefined') return '';
  try {
    const wanted = slicesFor(pageSlices(), chars, weights);
    const faces = await Promise.all(
      wanted.map(async (slice) => {
        const response = await fetch(slice.url);
        if (!response.ok) throw new Error(`${slice.url}: ${response.status}`);
        const data = base64(new Uint8Array(await response.arrayBuffer()));
        return `@font-face{font-family:'${EMBEDDED_FAMILY}';font-weight:${slice.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${slice.range}}`;
      }),
    );
    return faces.join('\n');
  } catch {
    return '';
  }
}
