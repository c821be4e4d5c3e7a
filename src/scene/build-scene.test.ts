import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorld, parseManifests, reconcile, traceRequest } from '../simulator/index.ts';
import { buildScene } from './build-scene.ts';
import { buildPacketTimeline, packetPositionAt, SEGMENT_MS } from './packet-timeline.ts';
import { sceneInputFromWorld } from './scene-input-from-world.ts';

const world = (file: string) => {
  const parsed = parseManifests([
    {
      name: file,
      text: readFileSync(
        join(import.meta.dirname, '..', '..', 'content', 'scenarios', file),
        'utf8',
      ),
    },
  ]);
  if (!parsed.ok) throw new Error(file);
  return buildWorld(parsed.value);
};
const sceneOf = (file: string, expanded?: Set<string>) => {
  const w = world(file);
  return buildScene(sceneInputFromWorld(w, reconcile(w).plan), expanded);
};

describe('buildScene', () => {
  it('draws the seed: zones, the ALB with its listener and rule, the target group with two instance targets, nodes with pods', () => {
    const ids = sceneOf('seed-instance.yaml').nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'zone:internet',
        'zone:aws',
        'zone:control-plane',
        'zone:services',
        'vpc',
        'az:us-west-2a',
        'az:us-west-2b',
        'subnet:us-west-2a/public',
        'subnet:us-west-2a/private',
        'subnet:us-west-2b/private',
        'lb-node:default/domain-ingress@us-west-2a',
        'eni:k8s-api-domain',
        'client',
        'dns',
        'lb:default/domain-ingress',
        'listener:default/domain-ingress/443',
        'rule:default/domain-ingress/443/1',
        'tg:default/domain-ingress-location-api:80',
        'target:default/domain-ingress-location-api:80/i-0aaaaaaaaaaaaaaaa:31666',
        'node:k8s-api-domain',
        'kube-proxy:k8s-api-domain',
        'pod:default/domain-api-1',
        'controller',
        'ingress:default/domain-ingress',
        'service:default/location-api',
      ]),
    );
  });

  it('is deterministic and keeps shared elements in place between instance and ip mode', () => {
    expect(JSON.stringify(sceneOf('seed-instance.yaml'))).toBe(
      JSON.stringify(sceneOf('seed-instance.yaml')),
    );
    const instance = new Map(
      sceneOf('seed-instance.yaml').nodes.map((n) => [n.id, [n.x, n.y, n.parent]]),
    );
    const ip = new Map(sceneOf('seed-ip.yaml').nodes.map((n) => [n.id, [n.x, n.y, n.parent]]));
    for (const id of [
      'client',
      'lb:default/domain-ingress',
      'node:k8s-api-domain',
      'pod:default/domain-api-3',
      'ingress:default/domain-ingress',
    ]) {
      expect(ip.get(id), id).toEqual(instance.get(id));
    }
  });

  it('registers pod IPs as targets in ip mode', () => {
    const targets = sceneOf('seed-ip.yaml')
      .nodes.filter((n) => n.kind === 'target')
      .map((n) => n.label);
    expect(targets).toEqual([
      '10.0.1.101:8000',
      '10.0.1.102:8000',
      '10.0.2.103:8000',
      '10.0.2.104:8000',
    ]);
  });

  it('names every element by kind and object for assistive technology', () => {
    const tg = sceneOf('seed-instance.yaml').nodes.find((n) => n.kind === 'target-group');
    expect(tg?.a11y).toEqual({
      key: 'a11y.targetGroup',
      params: { name: 'default/domain-ingress-location-api:80', healthy: 2 },
    });
  });

  it('collapses a node with many pods to "+N more" and expands it on request', () => {
    const extra = Array.from(
      { length: 8 },
      (_, i) =>
        `---\napiVersion: v1\nkind: Pod\nmetadata: {name: extra-${i}, namespace: default, labels: {app: other}}\nspec: {nodeName: k8s-api-domain}\nstatus: {podIP: 10.0.1.${200 + i}, conditions: [{type: Ready, status: "True"}]}\n`,
    ).join('');
    const parsed = parseManifests([
      {
        name: 'x.yaml',
        text:
          readFileSync(
            join(import.meta.dirname, '..', '..', 'content', 'scenarios', 'seed-instance.yaml'),
            'utf8',
          ) + extra,
      },
    ]);
    if (!parsed.ok) throw new Error('x');
    const w = buildWorld(parsed.value);
    const input = sceneInputFromWorld(w, reconcile(w).plan);
    const collapsed = buildScene(input);
    expect(collapsed.nodes.find((n) => n.id === 'more:node:k8s-api-domain')?.label).toBe('+6');
    const expanded = buildScene(input, new Set(['node:k8s-api-domain']));
    expect(expanded.nodes.some((n) => n.id === 'more:node:k8s-api-domain')).toBe(false);
    expect(expanded.nodes.find((n) => n.id === 'less:node:k8s-api-domain')?.a11y).toEqual({
      key: 'a11y.less',
      params: { count: 6 },
    });
    expect(
      expanded.nodes.filter((n) => n.parent === 'node:k8s-api-domain' && n.kind === 'pod'),
    ).toHaveLength(10);
  });
});

describe('packet timeline', () => {
  const w = world('seed-instance.yaml');
  const reconciled = reconcile(w);
  const trace = traceRequest(w, { url: 'https://api.example.com/location', seed: 12 }, reconciled);
  const timeline = buildPacketTimeline(trace);
  const scene = buildScene(sceneInputFromWorld(w, reconciled.plan));
  const ids = new Set(scene.nodes.map((n) => n.id));

  it('visits only elements the scene draws, request then response', () => {
    for (const segment of timeline.segments) {
      expect(ids.has(segment.from), segment.from).toBe(true);
      expect(ids.has(segment.to), segment.to).toBe(true);
    }
    expect(timeline.segments.at(-1)?.to).toBe('client');
    expect(timeline.segments.filter((s) => s.direction === 'response').at(0)?.hop.at).toBe('pod');
  });

  it('puts the packet on the right segment at a given time', () => {
    expect(packetPositionAt(timeline, 0)?.segment.index).toBe(0);
    // The first hops (DNS, the client, the ALB) neither rewrite the packet nor end TLS: no holds.
    expect(packetPositionAt(timeline, SEGMENT_MS * 2.5)).toMatchObject({
      segment: { index: 2 },
      progress: 0.5,
    });
    expect(packetPositionAt(timeline, timeline.durationMs + 1000)?.segment.index).toBe(
      timeline.segments.length - 1,
    );
  });
});
