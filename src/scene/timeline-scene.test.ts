import { describe, expect, it } from 'vitest';
import { scenarioTimeline as setup } from './test-support/scenario-timeline.ts';

describe('timelineScenes', () => {
  const { events, scenes } = setup('seed-instance.yaml');
  const index = (predicate: (e: (typeof events)[number]) => boolean) => events.findIndex(predicate);
  const ids = (i: number) => new Set(scenes.at(i).scene.nodes.map((n) => n.id));

  it('shows no AWS resource before the controller creates it, then each as its call succeeds', () => {
    const beforeLb =
      index((e) => e.kind === 'aws-call' && e.operation === 'CreateLoadBalancer') - 1;
    expect(ids(beforeLb).has('lb:default/domain-ingress')).toBe(false);
    expect(ids(beforeLb).has('tg:default/domain-ingress-location-api:80')).toBe(true);
    const afterRule = index((e) => e.kind === 'aws-call' && e.operation === 'CreateRule');
    expect(ids(afterRule).has('rule:default/domain-ingress/443/1')).toBe(true);
    expect(
      ids(afterRule).has('target:default/domain-ingress-location-api:80/i-0aaaaaaaaaaaaaaaa:31666'),
    ).toBe(false);
  });

  it('adds targets as initial on RegisterTargets and turns them healthy with a health event', () => {
    const registered = index((e) => e.kind === 'target-health' && e.before === null);
    const target = scenes.at(registered + 1).scene.nodes.find((n) => n.kind === 'target');
    expect(target?.badge).toMatchObject({ tone: 'warn', text: { key: 'health.initial' } });
    const healthy = index((e) => e.kind === 'target-health' && e.after?.state === 'healthy');
    const node = scenes
      .at(healthy)
      .scene.nodes.find(
        (n) =>
          n.id ===
          `target:default/domain-ingress-location-api:80/${events[healthy]?.kind === 'target-health' ? events[healthy].target : ''}`,
      );
    expect(node?.badge?.tone).toBe('ok');
  });

  it('emphasises what the event touched and keeps positions fixed between steps', () => {
    const call = index((e) => e.kind === 'aws-call' && e.operation === 'CreateListener');
    expect([...scenes.at(call).emphasis]).toEqual([
      'controller',
      'listener:default/domain-ingress/443',
    ]);
    const a = scenes.at(call).scene.nodes.find((n) => n.id === 'node:k8s-api-domain');
    const b = scenes.at(events.length - 1).scene.nodes.find((n) => n.id === 'node:k8s-api-domain');
    expect([a?.x, a?.y]).toEqual([b?.x, b?.y]);
  });

  it('shows a replacement pod only once it is created', () => {
    const { events: evs, scenes: sc } = setup(
      'seed-ip.yaml',
      '- at: 20s\n  deletePod: default/domain-api-1\n',
    );
    const created = evs.findIndex((e) => e.kind === 'pod' && e.phase === 'created');
    const replacement = evs[created]?.kind === 'pod' ? `pod:${evs[created].pod}` : '';
    expect(sc.at(created - 1).scene.nodes.some((n) => n.id === replacement)).toBe(false);
    expect(sc.at(created).scene.nodes.some((n) => n.id === replacement)).toBe(true);
  });

  it("re-badges a node's Ready condition and the EndpointSlice's ready count as the timeline reports them", () => {
    const { events: evs, scenes: sc } = setup(
      'seed-ip.yaml',
      '- at: 20s\n  nodeNotReady: k8s-api-domain-2\n',
      90_000,
    );
    const unknown = evs.findIndex(
      (e) => e.kind === 'node' && e.node === 'k8s-api-domain-2' && e.ready === 'Unknown',
    );
    expect(unknown).toBeGreaterThan(0);
    const badgeOf = (i: number, id: string) =>
      sc.at(i).scene.nodes.find((n) => n.id === id)?.badge?.text;
    expect(badgeOf(unknown - 1, 'node:k8s-api-domain-2')?.key).toBe('badge.ready');
    expect(badgeOf(unknown, 'node:k8s-api-domain-2')?.key).toBe('badge.unknown');
    expect(badgeOf(unknown, 'node:k8s-api-domain')?.key).toBe('badge.ready');

    // The lost node's pods turn NotReady: the next EndpointSlice update counts fewer.
    const slice = evs.findIndex((e, i) => i > unknown && e.kind === 'endpoints');
    expect(slice).toBeGreaterThan(unknown);
    const reported = evs[slice]?.kind === 'endpoints' ? evs[slice].ready : -1;
    const before = badgeOf(slice - 1, 'endpointslice:default/location-api')?.params.ready;
    expect(badgeOf(slice, 'endpointslice:default/location-api')?.params.ready).toBe(reported);
    expect(reported).toBeLessThan(Number(before));
  });
});
