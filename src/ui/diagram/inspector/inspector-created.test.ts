import { describe, expect, it } from 'vitest';
import { settledFrame } from '../../../lesson/frame.ts';
import { chapterLesson, stepIndex } from '../../../lesson/test-support/chapter-lessons.ts';
import { inspect } from './inspector-data.ts';

describe('the inspector on an element the run creates', () => {
  const lesson = chapterLesson('https-and-groups', 'ip');
  const index = stepIndex(lesson, 'group-name-moves');
  const step = lesson.steps[index]!;
  const run = lesson.runs[step.variant]!;
  const frame = settledFrame(lesson, index)!;
  const data = { world: run.world, plan: run.plan, trace: run.trace, events: run.events };

  it('finds the second ALB in the scene on screen and shows the call that made it', () => {
    const inspection = inspect('lb:shop-api', frame.scene, data);
    expect(inspection?.node.label).toMatch(/^k8s-shopapi-/);
    // Not in the starting plan, so no describe-load-balancers output: the CreateLoadBalancer
    // call instead, with the name it asked for.
    expect(inspection?.aws).toEqual([]);
    expect(inspection?.createdBy?.operation).toBe('CreateLoadBalancer');
    expect(inspection?.createdBy?.request).toMatchObject({ Name: inspection?.node.label });
  });

  it('keeps the starting plan’s description for the ALB the plan has', () => {
    const inspection = inspect('lb:shop', frame.scene, data);
    expect(inspection?.aws.length).toBeGreaterThan(0);
    expect(inspection?.createdBy).toBeNull();
  });
});
