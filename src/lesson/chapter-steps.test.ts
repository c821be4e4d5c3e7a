import { describe, expect, it } from 'vitest';
import { runScenario } from './chapter-run.ts';
import type { ChapterStep } from './chapter-steps.ts';
import { EVENT_STEP_MS } from './chapter-steps.ts';
import type { TargetMode } from './chapters.ts';
import { seedScenario } from './seed-scenario.ts';

const stepsOf = (mode: TargetMode) => {
  const run = runScenario(seedScenario, mode);
  if (!run.ok) throw new Error('the seed does not parse');
  return run;
};

/** A step in one line: the event's kind and what sets it apart, or the packet's hop. */
const describeStep = (step: ChapterStep): string => {
  if (step.kind === 'packet') return `packet ${step.segment.direction} ${step.segment.hop.at}`;
  const e = step.event;
  if (step.listed !== null) return `informers list ${step.listed}`;
  switch (e.kind) {
    case 'watch':
      return `watch ${e.verb} ${e.objectKind}`;
    case 'aws-call':
    case 'sts-call':
      return `${e.kind} ${e.operation}${step.events.length > 1 ? ` +${step.events.length - 1}` : ''}`;
    case 'target-health':
      return `target-health ${e.after?.state ?? 'gone'}`;
    default:
      return e.kind;
  }
};

const controllerStory = (registered: number, healthy: number) => [
  'controller-started',
  'irsa-token',
  'sts-call AssumeRoleWithWebIdentity',
  'informers list 5',
  'watch ADDED Ingress',
  'enqueue',
  'model-built',
  // The load balancer's own group, then the cluster's shared backend group (§2.1 step 5).
  'aws-call CreateSecurityGroup',
  'aws-call CreateSecurityGroup',
  'aws-call AuthorizeSecurityGroupIngress',
  'aws-call CreateTargetGroup',
  'aws-call CreateLoadBalancer',
  'aws-call CreateListener',
  'aws-call CreateRule',
  'tgb-written',
  'enqueue',
  'status-updated',
  'k8s-event',
  'aws-call DescribeTargetHealth',
  // The binding opens the nodes' group to the backend group on the target port (§2.3).
  'aws-call AuthorizeSecurityGroupIngress',
  `aws-call RegisterTargets +${registered}`,
  ...Array.from({ length: healthy }, () => 'target-health healthy'),
];

describe('buildChapterSteps', () => {
  it('tells the controller first in instance mode: IRSA, the watch, each AWS call, RegisterTargets, health; then the packet', () => {
    const run = stepsOf('instance');
    const told = run.steps.map(describeStep);
    expect(told.slice(0, 23)).toEqual(controllerStory(2, 2));
    expect(told[23]).toBe('packet request dns');
    expect(told.slice(23)).toHaveLength(run.timeline.segments.length);
    expect(told.at(-1)).toBe('packet response client');
  });

  it('registers the pod IPs in ip mode, and each of the four turns healthy', () => {
    const run = stepsOf('ip');
    expect(run.steps.slice(0, 25).map(describeStep)).toEqual(controllerStory(4, 4));
    const register = run.steps[20]!;
    expect(register.kind === 'event' && register.events.slice(1).map((e) => e.focus[1])).toEqual([
      expect.stringMatching(/\/10\.0\.1\.101:8000$/),
      expect.stringMatching(/\/10\.0\.1\.102:8000$/),
      expect.stringMatching(/\/10\.0\.2\.103:8000$/),
      expect.stringMatching(/\/10\.0\.2\.104:8000$/),
    ]);
    expect(run.steps.slice(25).every((s) => s.kind === 'packet')).toBe(true);
  });

  it('puts every step on one clock, the packet right after the controller', () => {
    const run = stepsOf('instance');
    run.steps.forEach((step, index) => {
      expect(step.index).toBe(index);
      expect(step.endMs).toBeGreaterThan(step.startMs);
      if (index > 0) expect(step.startMs).toBe(run.steps[index - 1]!.endMs);
    });
    expect(run.packetStartMs).toBe(23 * EVENT_STEP_MS);
    expect(run.durationMs).toBe(run.packetStartMs + run.timeline.durationMs);
  });

  it('is the same every time (the seed decides)', () => {
    const a = stepsOf('ip').steps.map(describeStep);
    const again = runScenario({ ...seedScenario }, 'ip');
    expect(again.ok && again.steps.map(describeStep)).toEqual(a);
  });
});
