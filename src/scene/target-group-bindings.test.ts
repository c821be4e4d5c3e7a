import { describe, expect, it } from 'vitest';
import { buildScene } from './build-scene.ts';
import { diagramId } from './diagram-ids.ts';
import { scenarioTimeline as setup } from './test-support/scenario-timeline.ts';
import { timelineScenes } from './timeline-scene.ts';

const tgId = 'default/domain-ingress-location-api:80';
const tgb = diagramId.targetGroupBinding(tgId);

describe('the TargetGroupBinding', () => {
  const { events, input, scenes } = setup('seed-instance.yaml');
  const index = (predicate: (e: (typeof events)[number]) => boolean) => events.findIndex(predicate);
  const written = index((e) => e.kind === 'tgb-written' && e.verb === 'create');
  const register = index((e) => e.kind === 'aws-call' && e.operation === 'RegisterTargets');

  it('is a card in the control plane, named as its target group (§2.1 step 5.7), bound to it', () => {
    const scene = buildScene(input);
    const card = scene.nodes.find((n) => n.id === tgb);
    expect(card).toMatchObject({
      kind: 'target-group-binding',
      parent: diagramId.zone('control-plane'),
      label: 'k8s-default-location-f602f5148a',
      caption: { key: 'diagram.kind.target-group-binding' },
      ref: { type: 'targetGroupBinding', key: tgId },
    });
    expect(card?.a11y.params).toMatchObject({
      name: 'default/k8s-default-location-f602f5148a',
      targetGroup: tgId,
      targetType: 'instance',
    });
    expect(scene.edges).toContainEqual(
      expect.objectContaining({ source: tgb, target: diagramId.targetGroup(tgId), kind: 'binds' }),
    );
  });

  it('appears when the controller writes it, not before, and the step marks it', () => {
    expect(written).toBeGreaterThan(0);
    const drawn = (i: number) => scenes.at(i).scene.nodes.some((n) => n.id === tgb);
    expect(drawn(written - 1)).toBe(false);
    expect(drawn(written)).toBe(true);
    expect(scenes.at(written).emphasis.has(tgb)).toBe(true);
    expect(scenes.at(written - 1).scene.edges.some((e) => e.source === tgb)).toBe(false);
    expect(scenes.at(written).scene.edges.some((e) => e.source === tgb && e.kind === 'binds')).toBe(
      true,
    );
  });

  it("is what its reconciler's RegisterTargets is about, beside the group", () => {
    expect(register).toBeGreaterThan(written);
    expect(scenes.at(register).emphasis).toEqual(
      new Set(['controller', diagramId.targetGroup(tgId), tgb]),
    );
    expect(scenes.focusOf(events[register]!)).toContain(tgb);
    // The controller's own calls (CreateTargetGroup) are not the binding's.
    const create = index((e) => e.kind === 'aws-call' && e.operation === 'CreateTargetGroup');
    expect(scenes.focusOf(events[create]!)).not.toContain(tgb);
  });

  it('leaves when the controller deletes it; a switched target type binds its new group anew', () => {
    const { events: evs, scenes: sc } = setup(
      'seed-instance.yaml',
      '- at: 20s\n  setTargetType: { ingress: default/domain-ingress, targetType: ip }\n',
    );
    const deleted = evs.findIndex((e) => e.kind === 'tgb-written' && e.verb === 'delete');
    expect(deleted).toBeGreaterThan(0);
    const bindings = (i: number) =>
      sc
        .at(i)
        .scene.nodes.filter((n) => n.kind === 'target-group-binding')
        .map((n) => n.label);
    expect(bindings(deleted - 1)).toContain('k8s-default-location-f602f5148a');
    expect(bindings(deleted)).toEqual([]);
    // The new group's binding, written next, under a name of its own.
    const created = evs.findIndex((e, i) => i > deleted && e.kind === 'tgb-written');
    const name = evs[created]?.kind === 'tgb-written' ? evs[created].name : '';
    expect(name).toMatch(/^k8s-default-location-/);
    expect(bindings(created)).toEqual([name]);
  });
  it('carries the warning its reconciler records on it (FailedReconcile, §2.2)', () => {
    const last = events.at(-1)!;
    const warning = {
      kind: 'k8s-event' as const,
      atMs: last.atMs,
      narration: { key: 'event.warning', params: {} },
      focus: [diagramId.targetGroup(tgId)],
      object: 'TargetGroupBinding default/k8s-default-location-f602f5148a',
      type: 'Warning' as const,
      reason: 'FailedReconcile',
      message: 'Failed reconcile due to TooManyTargets',
    };
    const warned = timelineScenes(input, [...events, warning]);
    const card = (i: number) => warned.at(i).scene.nodes.find((n) => n.id === tgb);
    expect(card(events.length - 1)?.badge).toBeNull();
    expect(card(events.length)?.badge).toMatchObject({
      tone: 'bad',
      text: { params: { reason: 'FailedReconcile' } },
    });
    expect(card(events.length)?.a11y.key).toBe('a11y.targetGroupBindingWarning');
    expect(warned.at(events.length).emphasis.has(tgb)).toBe(true);
  });
});

describe("the Ingress's address", () => {
  const { events, scenes } = setup('seed-instance.yaml');
  const status = events.findIndex((e) => e.kind === 'status-updated');
  const ingress = (i: number) =>
    scenes.at(i).scene.nodes.find((n) => n.id === 'ingress:default/domain-ingress');

  it('is shown once the controller writes status.loadBalancer.ingress[0].hostname (§2.1 step 6)', () => {
    const hostname = events[status]?.kind === 'status-updated' ? events[status].hostname : '';
    expect(hostname).toMatch(
      /^k8s-default-domainin-ff2d9f1492-\d+\.us-west-2\.elb\.amazonaws\.com$/,
    );
    expect(ingress(status - 1)?.detail).toBeNull();
    expect(ingress(status)?.detail).toBe(hostname);
    expect(ingress(status)?.a11y).toEqual({
      key: 'a11y.ingressAddress',
      params: { name: 'default/domain-ingress', address: hostname },
    });
    expect(ingress(events.length - 1)?.detail).toBe(hostname);
  });
});
