import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  node,
  planOf,
  pod,
  route,
  service,
} from '../../test-support/manifests.ts';

const A = 'alb.ingress.kubernetes.io/';
const targetsOf = (
  docs: Record<string, unknown>[],
  targetType: 'instance' | 'ip',
  svcSpec: Record<string, unknown> = {},
) =>
  planOf([
    albClass,
    service('web', svcSpec),
    ingress('web', { rules: [route('web')] }, { [`${A}target-type`]: targetType }),
    ...docs,
  ]).targetGroups[0]?.targets ?? [];

describe('instance targets (§6.1)', () => {
  it('registers every eligible Ready node on the NodePort, whatever the pods do', () => {
    const targets = targetsOf(
      [
        node('n1', '10.0.1.1', { instance: 'i-01' }),
        node('n2', '10.0.1.2', { instance: 'i-02' }),
        pod('p', 'n1', '10.0.1.100'),
      ],
      'instance',
    );
    expect(targets.map((t) => `${t.id}:${t.port}@${t.node}`)).toEqual([
      'i-01:30080@n1',
      'i-02:30080@n2',
    ]);
  });

  it('drops master-labelled, excluded (any value), autoscaler-tainted and NotReady nodes but keeps control-plane ones', () => {
    const targets = targetsOf(
      [
        node('cp', '10.0.1.1', {
          instance: 'i-cp',
          labels: { 'node-role.kubernetes.io/control-plane': '' },
        }),
        node('master', '10.0.1.2', {
          instance: 'i-m',
          labels: { 'node-role.kubernetes.io/master': '' },
        }),
        node('excluded', '10.0.1.3', {
          instance: 'i-x',
          labels: { 'node.kubernetes.io/exclude-from-external-load-balancers': 'false' },
        }),
        node('draining', '10.0.1.4', {
          instance: 'i-d',
          taints: [{ key: 'ToBeDeletedByClusterAutoscaler', effect: 'NoSchedule' }],
        }),
        node('down', '10.0.1.5', { instance: 'i-n', ready: 'False' }),
        node('unknown', '10.0.1.6', { instance: 'i-u', ready: 'Unknown' }),
        node('noready', '10.0.1.7', { instance: 'i-r', ready: null }),
      ],
      'instance',
    );
    expect(targets.map((t) => t.node)).toEqual(['cp']);
  });

  it('fails open to Ready=Unknown nodes when none is Ready', () => {
    const targets = targetsOf(
      [
        node('a', '10.0.1.1', { instance: 'i-a', ready: 'Unknown' }),
        node('b', '10.0.1.2', { instance: 'i-b', ready: 'False' }),
      ],
      'instance',
    );
    expect(targets.map((t) => [t.node, t.health])).toEqual([
      ['a', { state: 'unhealthy', reason: 'Target.Timeout' }],
    ]);
  });

  it('marks nodes without a local ready pod unhealthy under externalTrafficPolicy Local (kube-proxy drops)', () => {
    const targets = targetsOf(
      [
        node('n1', '10.0.1.1', { instance: 'i-1' }),
        node('n2', '10.0.1.2', { instance: 'i-2' }),
        pod('p', 'n1', '10.0.1.100'),
      ],
      'instance',
      {
        externalTrafficPolicy: 'Local',
      },
    );
    expect(targets.map((t) => [t.node, t.health])).toEqual([
      ['n1', { state: 'healthy' }],
      ['n2', { state: 'unhealthy', reason: 'Target.Timeout' }],
    ]);
  });

  it('reports a node without providerID as a TargetGroupBinding failure', () => {
    const plan = planOf([
      albClass,
      service('web', {}),
      ingress('web', { rules: [route('web')] }),
      {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: 'bare' },
        status: { conditions: [{ type: 'Ready', status: 'True' }] },
      },
    ]);
    expect(plan.errors[0]).toMatchObject({
      reason: 'FailedReconcile',
      message: 'Failed reconcile due to providerID is not specified for node: bare',
    });
  });
});

describe('ip targets (§6.2)', () => {
  it('registers ready pods and containers-ready pods on Ready nodes, never terminating or IP-less ones', () => {
    const targets = targetsOf(
      [
        node('n1', '10.0.1.1', { instance: 'i-1' }),
        pod('ready', 'n1', '10.0.1.101'),
        pod('gated', 'n1', '10.0.1.102', { ready: false, containersReady: true }),
        pod('failing', 'n1', '10.0.1.103', { ready: false, containersReady: false }),
        pod('leaving', 'n1', '10.0.1.104', { terminating: true }),
        pod('pending', 'n1', null),
        pod('other', 'n1', '10.0.1.105', { labels: { app: 'other' } }),
      ],
      'ip',
    );
    expect(targets.map((t) => `${t.pod}=${t.id}:${t.port}`)).toEqual([
      'ready=10.0.1.101:8080',
      'gated=10.0.1.102:8080',
    ]);
  });

  it('resolves a named targetPort per pod', () => {
    const targets = targetsOf(
      [
        node('n1', '10.0.1.1'),
        pod('a', 'n1', '10.0.1.101', { ports: [{ name: 'web', containerPort: 8080 }] }),
        pod('b', 'n1', '10.0.1.102', { ports: [{ name: 'web', containerPort: 9090 }] }),
      ],
      'ip',
      { type: 'ClusterIP', ports: [{ name: 'http', port: 80, targetPort: 'web' }] },
    );
    expect(targets.map((t) => `${t.id}:${t.port}`)).toEqual(['10.0.1.101:8080', '10.0.1.102:9090']);
  });
});

describe('targets in a zone the load balancer does not cover (§6.5 unused)', () => {
  it('are registered but unused with Target.NotInUse', () => {
    const zoned = (name: string, ip: string, zone: string, instance: string) => {
      const n = node(name, ip, { instance, labels: { 'topology.kubernetes.io/zone': zone } });
      return n;
    };
    const targets = targetsOf(
      [
        zoned('a', '10.0.1.1', 'us-west-2a', 'i-a'),
        zoned('c', '10.0.3.1', 'us-west-2c', 'i-c'),
        pod('p', 'a', '10.0.1.100'),
        {
          apiVersion: 'sim/v1',
          kind: 'SimulatorSettings',
          spec: { loadBalancerZones: ['us-west-2a', 'us-west-2b'] },
        },
      ],
      'instance',
    );
    expect(targets.map((t) => [t.node, t.health])).toEqual([
      ['a', { state: 'healthy' }],
      ['c', { state: 'unused', reason: 'Target.NotInUse' }],
    ]);
  });
});
