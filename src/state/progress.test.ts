import { describe, expect, it } from 'vitest';
import { parseProgress, seenCount, serializeProgress, withStepSeen } from './progress.ts';
import { createProgressStore } from './progress-store.ts';

describe('stored progress', () => {
  it('round-trips', () => {
    const p = withStepSeen(withStepSeen({}, 'irsa', 'token'), 'irsa', 'sts-call');
    expect(parseProgress(serializeProgress(p))).toEqual({ irsa: ['token', 'sts-call'] });
  });

  it.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['a number', '42'],
    ['another version', JSON.stringify({ version: 0, chapters: { irsa: ['a'] } })],
    ['no chapters', JSON.stringify({ version: 1 })],
  ])('ignores %s', (_, text) => {
    expect(parseProgress(text)).toEqual({});
  });

  it('keeps what is valid and drops the rest, entry by entry', () => {
    const text = JSON.stringify({
      version: 1,
      chapters: {
        irsa: ['token', 7, '<script>', 'token'],
        'no-such-chapter': ['a'],
        'ip-mode': 'not a list',
      },
    });
    expect(parseProgress(text)).toEqual({ irsa: ['token'] });
  });

  it('counts only the steps a chapter still has', () => {
    const p = { irsa: ['a', 'gone'] };
    expect(seenCount(p, 'irsa', ['a', 'b', 'c'])).toBe(1);
  });

  it('survives storage that throws, and still tells listeners', () => {
    const store = createProgressStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    });
    let calls = 0;
    store.subscribe(() => calls++);
    store.markSeen('irsa', 'token');
    store.markSeen('irsa', 'token');
    expect(store.get()).toEqual({ irsa: ['token'] });
    expect(calls).toBe(1);
  });
});
