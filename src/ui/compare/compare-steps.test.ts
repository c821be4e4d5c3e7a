import { describe, expect, it } from 'vitest';
import { runScenario } from '../../lesson/chapter-run.ts';
import { seedScenario } from '../../lesson/seed-scenario.ts';
import { alignByKey, compareSteps, stepSignature } from './compare-steps.ts';
import { eventStepsOf } from './side-view.ts';

describe('alignByKey', () => {
  it('puts equal keys on one row, in order, and a key only one side has on a row of its own', () => {
    expect(alignByKey(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'])).toEqual([
      [0, 0],
      [1, null],
      [2, 1],
      [null, 2],
      [3, 3],
    ]);
    expect(alignByKey([], ['a'])).toEqual([[null, 0]]);
  });
});

describe('compareSteps', () => {
  const runs = (['instance', 'ip'] as const).map((mode) => {
    const run = runScenario(seedScenario, mode);
    if (!run.ok) throw new Error(`the seed does not run in ${mode} mode`);
    return run;
  });
  const events = [eventStepsOf(runs[0]!), eventStepsOf(runs[1]!)] as const;
  const hops = [runs[0]!.timeline.segments.length, runs[1]!.timeline.segments.length] as const;
  const steps = compareSteps(events, hops);

  it('steps through the controller in both modes first, then the packet', () => {
    const phases = steps.map(([a, b]) => {
      expect(a.phase).toBe(b.phase);
      return a.phase;
    });
    const firstHop = phases.indexOf('packet');
    expect(firstHop).toBeGreaterThanOrEqual(Math.max(events[0].length, events[1].length));
    expect(phases.slice(firstHop).every((p) => p === 'packet')).toBe(true);
    expect(steps.length - firstHop).toBe(Math.max(...hops));
  });

  it('shows every controller step of each mode once, the same action on the same step', () => {
    for (const k of [0, 1] as const) {
      const shown = steps.flatMap(([a, b]) => {
        const side = k === 0 ? a : b;
        return side.phase === 'controller' && side.matched ? [side.index] : [];
      });
      expect(shown).toEqual(events[k].map((_, i) => i));
    }
    for (const [a, b] of steps)
      if (a.phase === 'controller' && b.phase === 'controller' && a.matched && b.matched)
        expect(stepSignature(events[0][a.index]!)).toBe(stepSignature(events[1][b.index]!));
    // Both modes create the target group on the same step.
    const createTg = steps.findIndex(
      ([a]) =>
        a.phase === 'controller' &&
        events[0][a.index]?.event.kind === 'aws-call' &&
        stepSignature(events[0][a.index]!) === 'aws-call CreateTargetGroup',
    );
    const [, ipSide] = steps[createTg]!;
    expect(ipSide).toMatchObject({ phase: 'controller', matched: true });
  });

  it('holds the mode with fewer health changes on its last step (ip registers a pod each)', () => {
    const held = steps.filter(([a]) => a.phase === 'controller' && !a.matched);
    expect(events[1].length).toBeGreaterThan(events[0].length);
    expect(held.length).toBe(events[1].length - events[0].length);
    for (const [a] of held) expect(a).toMatchObject({ matched: false });
  });
});
