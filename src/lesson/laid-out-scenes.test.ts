import { describe, expect, it } from 'vitest';
import { chapterSpec } from './catalogue.ts';
import { settledFrame } from './frame.ts';
import { withLaidOutScenes } from './run-scenes.ts';
import { lessonOf } from './lesson.ts';

describe('scenes laid out in the worker', () => {
  it('draw the same settled frames as scenes laid out on the page', () => {
    const built = lessonOf(chapterSpec('instance-mode'), 'instance');
    if (!built.ok) throw new Error('instance-mode does not resolve');
    // What the page receives: a structured clone, with and without the worker's layout.
    const bare = structuredClone(built);
    for (const run of Object.values(bare.runs)) delete run.universe;
    const laidOut = structuredClone(withLaidOutScenes(structuredClone(bare)));
    for (const run of Object.values(laidOut.runs))
      expect(run.universe?.nodes.length).toBeGreaterThan(10);
    for (const step of built.steps) {
      const here = settledFrame(bare, step.index)!;
      const there = settledFrame(laidOut, step.index)!;
      expect(JSON.stringify(there.scene), step.id).toBe(JSON.stringify(here.scene));
      expect([...there.emphasis].sort(), step.id).toEqual([...here.emphasis].sort());
    }
  });
});
