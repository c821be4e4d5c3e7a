import { describe, expect, it } from 'vitest';
import { runScenario } from './chapter-run.ts';
import type { EventStep } from './chapter-steps.ts';
import { seedScenario } from './seed-scenario.ts';
import { timelineScenes } from '../scene/timeline-scene.ts';
import { eventViewAt } from './packet-view.ts';

const run = runScenario(seedScenario, 'instance');
if (!run.ok) throw new Error('the seed does not parse');
const scenes = timelineScenes(run.sceneInput, run.events);
const eventSteps = run.steps.filter((s): s is EventStep => s.kind === 'event');
const byOperation = (operation: string) =>
  eventSteps.find((s) => s.event.kind === 'aws-call' && s.event.operation === operation)!;
const ids = (step: EventStep) => new Set(scenes.at(step.sceneIndex).scene.nodes.map((n) => n.id));

describe('the scenes of a chapter', () => {
  it('keeps every element where it was from the last controller step to the packet', () => {
    const last = scenes.at(eventSteps.at(-1)!.sceneIndex).scene;
    const packet = new Map(scenes.universe.nodes.map((n) => [n.id, [n.x, n.y]]));
    for (const node of last.nodes) expect(packet.get(node.id)).toEqual([node.x, node.y]);
    // Every hop of the packet has its element in the universe.
    const drawn = new Set(scenes.universe.nodes.map((n) => n.id));
    for (const segment of run.timeline.segments) expect(drawn.has(segment.to)).toBe(true);
  });

  it('draws the load balancer from CreateLoadBalancer on, and the targets from RegisterTargets on', () => {
    const lb = 'lb:default/domain-ingress';
    expect(ids(byOperation('CreateTargetGroup')).has(lb)).toBe(false);
    expect(ids(byOperation('CreateLoadBalancer')).has(lb)).toBe(true);
    const targets = (step: EventStep) => [...ids(step)].filter((id) => id.startsWith('target:'));
    expect(targets(byOperation('DescribeTargetHealth'))).toEqual([]);
    expect(targets(byOperation('RegisterTargets'))).toHaveLength(2);
  });

  it('names and badges the targets and their group with the health of that step', () => {
    const nodes = scenes.at(byOperation('RegisterTargets').sceneIndex).scene.nodes;
    for (const target of nodes.filter((n) => n.kind === 'target')) {
      expect(target.a11y.params.state).toBe('initial');
      expect(target.badge?.text.key).toBe('health.initial');
    }
    const group = nodes.find((n) => n.kind === 'target-group')!;
    expect(group.badge?.text.params).toEqual({ healthy: 0, total: 2 });
    expect(group.a11y.params.healthy).toBe(0);
  });
});

describe('eventViewAt', () => {
  const drawn = (step: EventStep) => {
    const shown = ids(step);
    return (id: string) => (shown.has(id) ? id : null);
  };

  it('sends a watch event from the API server to the controller', () => {
    const watch = eventSteps.find((s) => s.event.kind === 'watch' && s.listed === null)!;
    const middle = (watch.startMs + watch.endMs) / 2;
    expect(eventViewAt(watch, middle, false, drawn(watch))).toEqual({
      from: 'apiserver',
      to: 'controller',
      direction: 'request',
      label: 'Ingress ADDED',
      progress: 0.5,
    });
    expect(eventViewAt(watch, middle, true, drawn(watch))?.progress).toBe(0);
  });

  it('sends an AWS call to the resource it touches, or to the AWS zone before it exists', () => {
    const listener = byOperation('CreateListener');
    expect(eventViewAt(listener, listener.startMs, false, drawn(listener))).toMatchObject({
      from: 'controller',
      to: 'listener:default/domain-ingress/443',
      label: 'CreateListener',
    });
    const sg = byOperation('CreateSecurityGroup');
    expect(eventViewAt(sg, sg.startMs, false, drawn(sg))?.to).toBe('zone:aws');
  });

  it('sends nothing for a step that stays inside the controller', () => {
    const built = eventSteps.find((s) => s.event.kind === 'model-built')!;
    expect(eventViewAt(built, built.startMs, false, drawn(built))).toBeNull();
  });
});
