import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, measureNesting } from './nesting.ts';

describe('measureNesting', () => {
  it('counts flow brackets and indentation, not brackets in quotes or comments', () => {
    expect(measureNesting('a: [1, {b: [2]}]\n')).toEqual({ depth: 3, overLine: null });
    expect(measureNesting('a: "[[[[" # {{{{\n')).toEqual({ depth: 0, overLine: null });
    expect(measureNesting('a:\n  b:\n    c:\n      d: 1\n').depth).toBe(3);
  });

  it('names the first line that goes past the limit', () => {
    const text = `kind: Pod\nmetadata:\n  name: x\nspec: ${'['.repeat(MAX_DEPTH + 1)}\n`;
    expect(measureNesting(text)).toEqual({ depth: MAX_DEPTH + 1, overLine: 4 });
    expect(measureNesting('a:\n' + ' '.repeat(2 * 3) + 'b: 1\n', 2)).toEqual({
      depth: 3,
      overLine: 2,
    });
  });
});
