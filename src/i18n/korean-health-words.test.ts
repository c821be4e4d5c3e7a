import { describe, expect, it } from 'vitest';
import { ko } from './messages.ko.ts';

/** The target health states the badges name ('health.initial' → 초기화 중, …). */
const badges = Object.entries(ko).flatMap(([key, word]) => {
  const state = /^health\.(\w+)$/.exec(key)?.[1];
  return state ? [{ state, word }] : [];
});

/**
 * Every sentence that names a target's health state by its AWS code in Korean ("initial") names it
 * first in the badge's words ("초기화 중(initial)"), so the narration and the diagram agree; a
 * state whose badge keeps the code (draining) is left as it is.
 */
function mismatches(): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(ko)) {
    if (key.startsWith('health.')) continue;
    for (const { state, word } of badges) {
      if (word === state) continue;
      for (const match of text.matchAll(new RegExp(`(?<![A-Za-z.{])${state}(?![A-Za-z}])`, 'g')))
        if (!text.slice(0, match.index).endsWith(`${word}(`))
          found.push(`${key}: “${state}” without “${word}(” before it: ${text}`);
    }
  }
  return found;
}

describe('Korean narration of a target’s health', () => {
  it('knows the badges’ words', () => {
    expect(badges.map((b) => b.state)).toEqual(
      expect.arrayContaining(['initial', 'healthy', 'unhealthy', 'unused', 'unavailable']),
    );
    expect(badges.find((b) => b.state === 'initial')?.word).toBe('초기화 중');
  });

  it('uses the badges’ words for a state, with the AWS code after them in parentheses', () => {
    expect(mismatches()).toEqual([]);
  });
});
