import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.ts';

describe('EventQueue', () => {
  it('pops by time, and in insertion order at equal times', () => {
    const queue = new EventQueue<string>();
    for (const [at, item] of [
      [5, 'c'],
      [1, 'a'],
      [5, 'd'],
      [3, 'b'],
      [1, 'a2'],
    ] as const)
      queue.push(at, item);
    const out: string[] = [];
    for (let next = queue.pop(); next; next = queue.pop()) out.push(next.item);
    expect(out).toEqual(['a', 'a2', 'b', 'c', 'd']);
  });
});
