/**
 * Properties of `traceRequest` over generated clusters (reference §9, §5.3, §12, CONTRACT trace
 * JSON): nodes Ready/NotReady/Unknown, pods ready or not on various nodes, one Service with
 * externalTrafficPolicy Cluster or Local, one Ingress with target type instance or ip and random
 * hosts/paths, and requests with random paths and seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../aws/plan.ts';
import { reconcile, type ReconcileResult } from '../reconcile/reconcile.ts';
import { albClass, ingress, node, pod, service, worldOf } from '../test-support/manifests.ts';
import type { World } from '../world/world.ts';
import { traceRequest } from './trace-request.ts';
import type { Trace } from './trace-types.ts';

interface PodSpec {
  node: number;
  ready: boolean;
  containersReady: boolean;
  selected: boolean;
  terminating: boolean;
}

interface ClusterSpec {
  nodes: string[];
  pods: PodSpec[];
  etp: 'Cluster' | 'Local';
  targetType: 'instance' | 'ip';
  host: string | null;
  paths: { path: string; pathType: string }[];
}

interface Scenario {
  world: World;
  reconciled: ReconcileResult;
  spec: ClusterSpec;
}

const clusterArb: fc.Arbitrary<ClusterSpec> = fc.record({
  nodes: fc.array(fc.constantFrom('True', 'True', 'True', 'False', 'Unknown'), {
    minLength: 1,
    maxLength: 4,
  }),
  pods: fc.array(
    fc.record({
      node: fc.nat({ max: 3 }),
      ready: fc.oneof(
        { weight: 3, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      containersReady: fc.boolean(),
      selected: fc.oneof(
        { weight: 4, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      terminating: fc.oneof(
        { weight: 5, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    }),
    { maxLength: 6 },
  ),
  etp: fc.constantFrom('Cluster', 'Local'),
  targetType: fc.constantFrom('instance', 'ip'),
  host: fc.constantFrom(null, 'shop.example.com', '*.example.com'),
  paths: fc.array(
    fc.record({
      path: fc.constantFrom('/', '/api', '/api/v1', '/static', '/foo/'),
      pathType: fc.constantFrom('Prefix', 'Prefix', 'Prefix', 'Exact', 'ImplementationSpecific'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

const requestArb = fc.record({
  host: fc.constantFrom(
    'shop.example.com',
    'shop.example.com',
    'shop.example.com',
    'SHOP.example.com',
    'www.example.com',
    'example.org',
  ),
  // Most requests aim at one of the Ingress's paths (plus a suffix); some are random.
  aim: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        path: fc.nat(),
        suffix: fc.constantFrom('', '', '', '/', '/x', 'bar', '/v1/users'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom('api', 'v1', 'static', 'foo', 'Api', ''), {
        maxLength: 3,
      }),
    },
  ),
  query: fc.constantFrom('', '?q=1', '?a=b&c=d'),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});
type RequestSpec = typeof requestArb extends fc.Arbitrary<infer R> ? R : never;

function urlOf(r: RequestSpec, spec: ClusterSpec): string {
  const path = Array.isArray(r.aim)
    ? `/${r.aim.join('/')}`
    : `${spec.paths[r.aim.path % spec.paths.length]!.path}${r.aim.suffix}`.replace(/\/\/+/g, '/');
  return `http://${r.host}${path}${r.query}`;
}

function scenarioOf(spec: ClusterSpec): Scenario {
  const nodeCount = spec.nodes.length;
  const docs = [
    albClass,
    ...spec.nodes.map((ready, k) =>
      node(`n${k + 1}`, `10.0.${k + 1}.10`, { ready, instance: `i-000000000000000${k + 1}` }),
    ),
    ...spec.pods.map((p, i) => {
      const k = p.node % nodeCount;
      return pod(`web-${i + 1}`, `n${k + 1}`, `10.0.${k + 1}.${100 + i}`, {
        labels: { app: p.selected ? 'web' : 'other' },
        ready: p.ready,
        containersReady: p.containersReady,
        terminating: p.terminating,
      });
    }),
    service('web', { externalTrafficPolicy: spec.etp }),
    ingress(
      'web',
      {
        rules: [
          {
            ...(spec.host ? { host: spec.host } : {}),
            http: {
              paths: spec.paths.map(({ path, pathType }) => ({
                path,
                pathType,
                backend: { service: { name: 'web', port: { number: 80 } } },
              })),
            },
          },
        ],
      },
      {
        'alb.ingress.kubernetes.io/scheme': 'internet-facing',
        'alb.ingress.kubernetes.io/target-type': spec.targetType,
      },
    ),
  ];
  const world = worldOf(docs);
  return { world, reconciled: reconcile(world), spec };
}

const trace = (s: Scenario, r: RequestSpec, seed = r.seed): Trace =>
  traceRequest(s.world, { url: urlOf(r, s.spec), seed }, s.reconciled);

const ipOf = (address: string) => address.slice(0, address.lastIndexOf(':'));

const podIps = (world: World) =>
  new Set(world.pods.map((p) => p.podIP).filter((ip): ip is string => !!ip));

const targetGroup = (plan: Plan, id: string | null) => plan.targetGroups.find((tg) => tg.id === id);

const RUNS = { numRuns: 150 };

describe('traceRequest properties', () => {
  it('(a) never throws, whatever the cluster, URL or seed', () => {
    fc.assert(
      fc.property(
        clusterArb,
        fc.oneof(requestArb, fc.string(), fc.webUrl()),
        fc.integer(),
        (spec, request, seed) => {
          const s = scenarioOf(spec);
          const url = typeof request === 'string' ? request : urlOf(request, spec);
          const t = traceRequest(s.world, { url, seed }, s.reconciled);
          expect(typeof t.status).toBe('number');
        },
      ),
      RUNS,
    );
  });

  it('(b) a forwarded 200 ends at a pod that is a Ready endpoint (ip mode: a registered target)', () => {
    fc.assert(
      fc.property(clusterArb, requestArb, (spec, r) => {
        const s = scenarioOf(spec);
        const t = trace(s, r);
        if (t.status !== 200 || t.summary.action !== 'forward') return;
        const last = t.hops.at(-1)!;
        expect(last.at).toBe('pod');
        const [namespace, name] = last.name.split('/');
        const p = s.world.pods.find((x) => x.meta.namespace === namespace && x.meta.name === name);
        expect(p).toBeDefined();
        expect(p!.meta.labels.app).toBe('web');
        expect(ipOf(last.dst)).toBe(p!.podIP);
        if (t.summary.targetType === 'instance') {
          expect(p!.ready).toBe(true);
          expect(p!.terminating).toBe(false);
        } else {
          const tg = targetGroup(s.reconciled.plan, t.summary.targetGroup);
          expect(tg?.targets.map((x) => `${x.id}:${x.port}`)).toContain(last.dst);
          expect(p!.ready || p!.containersReady).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('(c) ip mode never walks kube-proxy', () => {
    fc.assert(
      fc.property(clusterArb, requestArb, (spec, r) => {
        const s = scenarioOf({ ...spec, targetType: 'ip' });
        const t = trace(s, r);
        expect(t.summary.targetType === 'ip' || t.summary.targetType === null).toBe(true);
        expect(t.summary.kubeProxyDnat).toBe(false);
        expect(t.summary.snat).toBe(false);
        expect([...t.hops, ...t.response].filter((h) => h.at === 'kube-proxy')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('(d) externalTrafficPolicy Local never masquerades and never crosses to a second node', () => {
    fc.assert(
      fc.property(clusterArb, requestArb, (spec, r) => {
        const s = scenarioOf({ ...spec, etp: 'Local' });
        const t = trace(s, r);
        expect(t.summary.snat).toBe(false);
        expect(t.hops.filter((h) => h.at === 'node').length).toBeLessThanOrEqual(1);
        if (t.summary.podSourceIpKind !== null) expect(t.summary.podSourceIpKind).toBe('alb');
        const podHop = t.hops.find((h) => h.at === 'pod');
        const targetHop = t.hops.find((h) => h.at === 'target-group');
        // The pod sees the ALB's own connection, unchanged by kube-proxy.
        if (podHop && targetHop) expect(podHop.src).toBe(targetHop.src);
      }),
      RUNS,
    );
  });

  it('(e) the same seed gives the same trace; the summary does not depend on the seed', () => {
    fc.assert(
      fc.property(
        clusterArb,
        requestArb,
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (spec, r, otherSeed) => {
          const s = scenarioOf(spec);
          const first = trace(s, r);
          expect(JSON.stringify(trace(s, r))).toBe(JSON.stringify(first));
          // A world built again from the same input gives the same trace too.
          expect(JSON.stringify(trace(scenarioOf(spec), r))).toBe(JSON.stringify(first));
          expect(trace(s, r, otherSeed).summary).toEqual(first.summary);
        },
      ),
      RUNS,
    );
  });

  it('(f) no pod answers the client; the last response hop is the client receiving from the front address', () => {
    fc.assert(
      fc.property(clusterArb, requestArb, (spec, r) => {
        const s = scenarioOf(spec);
        const t = trace(s, r);
        const client = t.request.clientIp;
        const pods = podIps(s.world);
        for (const h of t.response)
          expect(pods.has(ipOf(h.src)) && ipOf(h.dst) === client).toBe(false);
        if (t.response.length === 0) return;
        const request = t.hops.find((h) => h.at === 'client')!;
        const last = t.response.at(-1)!;
        expect(last.at).toBe('client');
        expect(last.src).toBe(request.dst);
        expect(last.dst).toBe(request.src);
        expect(t.summary.clientReceivesResponseFrom).toBe('alb');
      }),
      RUNS,
    );
  });
});
