import { describe, expect, it, vi } from 'vitest';
import { chapterIds } from '../../lesson/chapters.ts';
import { loadProse } from './load-prose.ts';
import { prefetchProse } from './prefetch-prose.ts';

/** An idle queue the test runs by hand. */
function manualIdle() {
  const waiting: (() => void)[] = [];
  return {
    idle: (callback: () => void) => {
      waiting.push(callback);
      return () => void waiting.splice(waiting.indexOf(callback), 1);
    },
    pending: () => waiting.length,
    runIdle: () => waiting.shift()?.(),
  };
}

describe('prefetchProse', () => {
  it('waits for an idle period, loads every chapter, then says it is done', async () => {
    const clock = manualIdle();
    let done = 0;
    prefetchProse('ko', () => done++, clock.idle);
    expect(clock.pending()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(0);
    clock.runIdle();
    await vi.waitFor(() => expect(done).toBe(1), { timeout: 20_000 });
    // Every written chapter's Korean text is there (the playground has none).
    const loaded = await Promise.all(chapterIds.map((id) => loadProse(id, 'ko')));
    expect(loaded.filter((m) => m !== null)).toHaveLength(chapterIds.length - 1);
  });

  it('does nothing once stopped', async () => {
    const clock = manualIdle();
    let done = 0;
    const stop = prefetchProse('en', () => done++, clock.idle);
    stop();
    expect(clock.pending()).toBe(0);
    const again = prefetchProse('en', () => done++, clock.idle);
    clock.runIdle();
    again();
    await Promise.all(chapterIds.map((id) => loadProse(id, 'en')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(0);
  });
});
