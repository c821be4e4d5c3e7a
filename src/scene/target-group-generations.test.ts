import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../simulator/index.ts';
import { planIdOfKey, targetGroupGenerations } from './target-group-generations.ts';
import { scenarioTimeline } from './test-support/scenario-timeline.ts';

const TG = 'tg:default/domain-ingress-location-api:80';
const RULE = 'rule:default/domain-ingress/443/1';

/** The seed setup (instance), and what-ifs; the scene of every event of the timeline. */
const setup = (actions: string) => scenarioTimeline('seed-instance.yaml', actions);

const indexOf = (events: readonly SimEvent[], operation: string, nth = 1) =>
  events.flatMap((e, i) => (e.kind === 'aws-call' && e.operation === operation ? [i] : []))[
    nth - 1
  ] ?? -1;

describe('two target groups of one id (the target type switched on a live Ingress)', () => {
  const { events, input, scenes } = setup(
    '- at: 30s\n  setTargetType: { ingress: default/domain-ingress, targetType: ip }\n',
  );
  const node = (index: number, id: string) => scenes.at(index).scene.nodes.find((n) => n.id === id);
  const edges = (index: number) =>
    scenes.at(index).scene.edges.map((e) => `${e.source} -> ${e.target}`);
  const created = indexOf(events, 'CreateTargetGroup', 2);
  const modified = indexOf(events, 'ModifyRule');
  const deleted = indexOf(events, 'DeleteTargetGroup');

  it('gives the new group its own id and keeps the first one under the plan id', () => {
    const generations = targetGroupGenerations(input.plan.targetGroups, events);
    expect(generations.replacements.map((r) => [r.id, r.targetType, r.port])).toEqual([
      [`${TG.slice(3)}~2`, 'ip', 8000],
    ]);
    expect(planIdOfKey(`${TG.slice(3)}~2`)).toBe(TG.slice(3));
    expect(scenes.universe.nodes.filter((n) => n.kind === 'target-group').map((n) => n.id)).toEqual(
      [TG, `${TG}~2`],
    );
    // Each card is named by its own group's AWS name (the hash covers target type and port), so
    // the two read apart; the detail says what differs.
    const nameOf = (nth: number) => {
      const call = events[indexOf(events, 'CreateTargetGroup', nth)];
      return call?.kind === 'aws-call' ? String(call.request.Name) : '';
    };
    const [oldName, newName] = [nameOf(1), nameOf(2)];
    expect(oldName).toMatch(/^k8s-default-location-[0-9a-f]{10}$/);
    expect(newName).toMatch(/^k8s-default-location-[0-9a-f]{10}$/);
    expect(newName).not.toBe(oldName);
    expect(node(created, TG)).toMatchObject({ label: oldName });
    expect(node(created, `${TG}~2`)).toMatchObject({ label: newName });
    // The accessible name keeps the plan id the chapter speaks of, and the target type.
    expect(node(created, `${TG}~2`)?.a11y.params.name).toBe(`${newName} (${TG.slice(3)}, ip)`);
    expect(node(created, `${TG}~2`)?.detail).toMatch(/^ip · HTTP:8000/);
    expect(node(created, TG)?.detail).toMatch(/^instance · HTTP:31666/);
  });

  it('places the new group beside the first, inside the VPC', () => {
    const at = (id: string) => scenes.universe.nodes.find((n) => n.id === id)!;
    const [old, next, vpc] = [at(TG), at(`${TG}~2`), at('vpc')];
    expect(next.parent).toBe(old.parent);
    expect(next.y).toBe(old.y);
    expect(next.x).toBeGreaterThanOrEqual(old.x + old.width);
    expect(next.x + next.width).toBeLessThanOrEqual(vpc.width);
  });

  it('draws both groups while the rule moves to the new, empty one, then only the new one', () => {
    expect(node(created - 1, `${TG}~2`)).toBeUndefined();
    expect(node(created, `${TG}~2`)?.badge?.text).toMatchObject({ params: { total: 0 } });
    expect(node(created, TG)?.badge?.text).toMatchObject({ params: { healthy: 2, total: 2 } });
    expect(scenes.at(created).emphasis.has(`${TG}~2`)).toBe(true);
    // The simulator names the new group by its plan id; the scene's focus is the new element.
    expect(events[created]?.focus).toContain(TG);
    expect(scenes.focusOf(events[created]!)).toContain(`${TG}~2`);
    expect(scenes.focusOf(events[created]!)).not.toContain(TG);
    expect(scenes.focusOf(events[deleted]!)).toContain(TG);
    // Rule 1 forwards to the old group until ModifyRule, then to the new one.
    expect(edges(created)).toContain(`${RULE} -> ${TG}`);
    expect(edges(created)).not.toContain(`${RULE} -> ${TG}~2`);
    expect(edges(modified)).toContain(`${RULE} -> ${TG}~2`);
    expect(edges(modified)).not.toContain(`${RULE} -> ${TG}`);
    expect(node(modified, TG)).toBeDefined();
    // DeleteTargetGroup names the old group: it goes, the new one stays.
    expect(node(deleted, TG)).toBeUndefined();
    expect(node(deleted, `${TG}~2`)).toBeDefined();
  });

  it("registers the pods in the new group, not the old one's id", () => {
    const last = events.length - 1;
    expect(node(last, `${TG}~2`)?.badge?.text).toMatchObject({
      params: { healthy: 4, total: 4 },
    });
    expect(node(last, `target:${TG.slice(3)}~2/10.0.1.101:8000`)?.badge?.tone).toBe('ok');
    expect(node(last, `target:${TG.slice(3)}/10.0.1.101:8000`)).toBeUndefined();
  });

  it('names each new target by its pod, like the first ones, and wires it to that pod', () => {
    const last = events.length - 1;
    const byIp = new Map(input.pods.map((p) => [p.ip, p]));
    const added = scenes.at(last).scene.nodes.filter((n) => n.parent === `${TG}~2`);
    expect(added).toHaveLength(4);
    for (const target of added) {
      const ip = /\/([\d.]+):8000$/.exec(target.id)?.[1] ?? '';
      const pod = byIp.get(ip);
      expect(pod, ip).toBeDefined();
      expect(target.detail).toBe(pod!.name);
      expect(edges(last)).toContain(`${target.id} -> eni:${pod!.node}`);
    }
  });
});

describe('one target group per id (no switch)', () => {
  const { events, input, scenes } = setup('');
  it('keeps the plan id and adds no group', () => {
    expect(targetGroupGenerations(input.plan.targetGroups, events).replacements).toEqual([]);
    expect(scenes.universe.nodes.filter((n) => n.kind === 'target-group').map((n) => n.id)).toEqual(
      [TG],
    );
    const rule = indexOf(events, 'CreateRule');
    expect(scenes.at(rule).scene.edges.some((e) => e.source === RULE && e.target === TG)).toBe(
      true,
    );
  });
});

describe('the other way: an ip Ingress switched to instance', () => {
  const { events, input, scenes } = scenarioTimeline(
    'seed-ip.yaml',
    '- at: 30s\n  setTargetType: { ingress: default/domain-ingress, targetType: instance }\n',
  );
  it('names each new instance target by its node', () => {
    const last = scenes.at(events.length - 1).scene;
    const replacement = last.nodes.find((n) => n.kind === 'target-group' && n.id.endsWith('~2'));
    expect(replacement).toBeDefined();
    const added = last.nodes.filter((n) => n.parent === replacement!.id);
    expect(added.length).toBeGreaterThan(0);
    const byInstance = new Map(input.nodes.map((n) => [n.instanceId, n.name]));
    for (const target of added) {
      const instance = /\/(i-[0-9a-f]+):\d+$/.exec(target.id)?.[1];
      expect(byInstance.get(instance), target.id).toBeDefined();
      expect(target.detail).toBe(byInstance.get(instance));
    }
  });
});
