import { describe, expect, it } from 'vitest';
import { createTranslator, fillPlaceholders, placeholdersOf } from './translate.ts';

describe('fillPlaceholders', () => {
  it('fills every named placeholder and leaves unknown ones as written', () => {
    expect(fillPlaceholders('{a} and {b} but {c}', { a: 1, b: 'two' })).toBe('1 and two but {c}');
  });

  it('does not read inherited properties as values', () => {
    expect(fillPlaceholders('{toString}', {})).toBe('{toString}');
  });
});

describe('placeholdersOf', () => {
  it('lists names once, sorted', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});

describe('createTranslator', () => {
  it('translates into the chosen language', () => {
    expect(createTranslator('en')('rule.priority', { priority: 3 })).toBe('Priority 3');
    expect(createTranslator('ko')('rule.priority', { priority: 3 })).toBe('우선순위 3');
  });
});
