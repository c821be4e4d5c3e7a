import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, slicesFor, wideCharacters } from './embed-font.ts';

describe('the Korean font a picture carries', () => {
  it('reads unicode-range lists, single points and wildcards', () => {
    expect(parseUnicodeRange('U+AC00-AC0F, U+20,U+4??')).toEqual([
      [0xac00, 0xac0f],
      [0x20, 0x20],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange('nonsense')).toEqual([]);
  });

  it('needs no font for Latin text and names each Hangul syllable once', () => {
    expect(wideCharacters('ip mode: step 2 of 10 · 10.0.0.0/16 ←')).toEqual([]);
    expect(wideCharacters('파드 파드 a')).toEqual([0xd30c, 0xb4dc]);
  });

  it('picks only the slices, of the weights asked, that hold a character of the text', () => {
    const slices = [
      { weight: '400', range: 'U+D300-D3FF', url: 'a' },
      { weight: '700', range: 'U+D300-D3FF', url: 'b' },
      { weight: '400', range: 'U+B400-B4FF', url: 'c' },
      { weight: '400', range: 'U+0000-00FF', url: 'd' },
    ];
    expect(slicesFor(slices, wideCharacters('파드'), ['400']).map((s) => s.url)).toEqual([
      'a',
      'c',
    ]);
    expect(slicesFor(slices, wideCharacters('파'), ['400', '700']).map((s) => s.url)).toEqual([
      'a',
      'b',
    ]);
  });
});
