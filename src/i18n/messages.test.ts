import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { ko } from './messages.ko.ts';
import { placeholdersOf } from './translate.ts';

/** Keys present in `reference` but not in `candidate`, and the other way round. */
function keyDifferences(reference: object, candidate: object) {
  const want = new Set(Object.keys(reference));
  const have = new Set(Object.keys(candidate));
  return {
    missing: [...want].filter((k) => !have.has(k)).sort(),
    extra: [...have].filter((k) => !want.has(k)).sort(),
  };
}

describe('UI messages', () => {
  it('has exactly the same keys in Korean and English', () => {
    expect(keyDifferences(en, ko)).toEqual({ missing: [], extra: [] });
  });

  it('reports a key that one catalog lacks (the check above can fail)', () => {
    expect(keyDifferences({ a: '1', b: '2' }, { a: '1', c: '3' })).toEqual({
      missing: ['b'],
      extra: ['c'],
    });
  });

  it('uses the same placeholders for each key in both languages', () => {
    const mismatched = Object.entries(en)
      .filter(([key, text]) => {
        const korean: string = ko[key as keyof typeof ko];
        return placeholdersOf(text).join() !== placeholdersOf(korean).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = [...Object.entries(en), ...Object.entries(ko)].filter(([, t]) => !t.trim());
    expect(empty).toEqual([]);
  });
});
