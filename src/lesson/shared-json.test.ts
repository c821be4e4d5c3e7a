import { describe, expect, it } from 'vitest';
import { buildLesson } from './build-lesson.ts';
import { withLaidOutScenes } from './run-scenes.ts';
import { decodeShared, encodeShared } from './shared-json.ts';

describe('shared JSON', () => {
  it('keeps an object met twice as one object, a cycle, undefined and plain values', () => {
    const shared = { name: 'event', at: 1.5 };
    const cyclic: Record<string, unknown> = { label: 'self' };
    cyclic.self = cyclic;
    const value = { a: shared, list: [shared, null, 'x', true, 0], gone: undefined, cyclic };
    const back = decodeShared(encodeShared(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.a).toBe(back.list[0]);
    expect(back.cyclic.self).toBe(back.cyclic);
    expect('gone' in back).toBe(true);
    // Plain JSON loses both.
    const plain = JSON.parse(JSON.stringify({ a: shared, b: shared })) as { a: object; b: object };
    expect(plain.a).not.toBe(plain.b);
  });

  it('carries a laid-out lesson as the worker sends it: equal, and its parts are its events', () => {
    const lesson = buildLesson({ chapterId: 'controller-overview', mode: 'instance' });
    if (!lesson.ok) throw new Error('controller-overview did not build');
    const sent = withLaidOutScenes(lesson);
    const back = decodeShared(encodeShared(sent)) as typeof sent;
    expect(back).toEqual(sent);
    let checked = 0;
    for (const step of back.steps)
      for (const part of step.parts)
        if (part.kind === 'event') {
          const run = back.runs[step.variant]!;
          for (const event of part.events) {
            expect(run.events.includes(event)).toBe(true);
            checked += 1;
          }
        }
    expect(checked).toBeGreaterThan(10);
  });

  it('refuses what it could not give back: a Map, a Set, a Date', () => {
    expect(() => encodeShared({ byId: new Map([['a', 1]]) })).toThrow(/Map/);
    expect(() => encodeShared([new Set([1])])).toThrow(/Set/);
    expect(() => encodeShared({ at: new Date(0) })).toThrow(/Date/);
  });

  it('refuses text that is not shared JSON', () => {
    expect(() => decodeShared('{"root":{"\\u0000ref":7},"table":[]}')).toThrow();
  });
});
