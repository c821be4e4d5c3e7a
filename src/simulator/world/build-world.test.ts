import { describe, expect, it } from 'vitest';
import { node, service, worldOf } from '../test-support/manifests.ts';

const deployment = (name: string, replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default' },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'c', ports: [{ containerPort: 8080 }] }] },
    },
  },
});

describe('buildWorld', () => {
  it('assumes two Ready nodes when the input has none', () => {
    const world = worldOf([service('web', {})]);
    expect(world.nodes.map((n) => [n.meta.name, n.ready, n.zone])).toEqual([
      ['node-a', 'True', 'us-west-2a'],
      ['node-b', 'True', 'us-west-2b'],
    ]);
    expect(world.assumptions[0]).toContain('no Node in the input');
  });

  it('expands a Deployment without Pods round-robin onto Ready nodes with IPs from their /24', () => {
    const world = worldOf([
      node('b', '10.0.2.20'),
      node('a', '10.0.1.10'),
      node('down', '10.0.3.30', { ready: 'False' }),
      deployment('api', 3),
    ]);
    expect(world.pods.map((p) => [p.meta.name, p.nodeName, p.podIP, p.ready])).toEqual([
      ['api-1', 'a', '10.0.1.101', true],
      ['api-2', 'b', '10.0.2.101', true],
      ['api-3', 'a', '10.0.1.102', true],
    ]);
  });

  it('gives a NodePort Service without nodePort a stable port in 30000-32767 and says so', () => {
    const svc = service('web', { ports: [{ port: 80, targetPort: 8080 }] });
    const first = worldOf([svc]).services[0]!.ports[0]!.nodePort!;
    expect(first).toBeGreaterThanOrEqual(30000);
    expect(first).toBeLessThanOrEqual(32767);
    expect(worldOf([svc]).services[0]!.ports[0]!.nodePort).toBe(first);
    expect(worldOf([svc]).assumptions.some((a) => a.includes(`${first} assumed`))).toBe(true);
  });

  it('falls back to defaults with a note for a bad SimulatorSettings field', () => {
    const world = worldOf([
      {
        apiVersion: 'x/v1',
        kind: 'SimulatorSettings',
        spec: { clusterName: 'prod', flags: { defaultTargetType: 'pod' } },
      },
    ]);
    expect(world.settings.clusterName).toBe('prod');
    expect(world.settings.flags.defaultTargetType).toBe('instance');
    expect(world.notes.join()).toContain('flags.defaultTargetType');
  });
});
