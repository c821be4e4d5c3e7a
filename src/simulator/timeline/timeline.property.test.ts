import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimAction } from './actions.ts';
import { simulate } from './simulate.ts';
import { scenarioWorld } from './test-helpers.ts';

const worlds = { instance: scenarioWorld('seed-instance.yaml'), ip: scenarioWorld('seed-ip.yaml') };
const pods = [
  'default/domain-api-1',
  'default/domain-api-2',
  'default/domain-api-3',
  'default/domain-api-4',
];

const action: fc.Arbitrary<SimAction> = fc.oneof(
  fc.record({
    atMs: fc.integer({ min: 0, max: 90_000 }),
    type: fc.constant('scale' as const),
    deployment: fc.constant('default/domain-api'),
    replicas: fc.integer({ min: 0, max: 8 }),
  }),
  fc.record({
    atMs: fc.integer({ min: 0, max: 90_000 }),
    type: fc.constant('rolling-update' as const),
    deployment: fc.constant('default/domain-api'),
  }),
  fc.record({
    atMs: fc.integer({ min: 0, max: 90_000 }),
    type: fc.constant('delete-pod' as const),
    pod: fc.constantFrom(...pods),
  }),
  fc.record({
    atMs: fc.integer({ min: 0, max: 90_000 }),
    type: fc.constant('node-not-ready' as const),
    node: fc.constantFrom('k8s-api-domain', 'k8s-api-domain-2'),
  }),
  fc.record({
    atMs: fc.integer({ min: 0, max: 90_000 }),
    type: fc.constant('set-target-type' as const),
    ingress: fc.constant('default/domain-ingress'),
    targetType: fc.constantFrom('ip' as const, 'instance' as const),
  }),
  fc.record({
    atMs: fc.integer({ min: 0, max: 90_000 }),
    type: fc.constant('set-external-traffic-policy' as const),
    service: fc.constant('default/location-api'),
    policy: fc.constantFrom('Cluster' as const, 'Local' as const),
  }),
  fc.record({
    atMs: fc.integer({ min: 0, max: 60_000 }),
    type: fc.constant('traffic' as const),
    url: fc.constant('https://api.example.com/x'),
    rps: fc.integer({ min: 1, max: 20 }),
    durationMs: fc.integer({ min: 1000, max: 30_000 }),
  }),
);

const scenario = fc.record({
  mode: fc.constantFrom('instance' as const, 'ip' as const),
  seed: fc.integer({ min: 1, max: 1000 }),
  actions: fc.array(action, { maxLength: 5 }),
});
const run = (s: { mode: 'instance' | 'ip'; seed: number; actions: SimAction[] }) =>
  simulate(
    worlds[s.mode],
    [...s.actions].sort((a, b) => a.atMs - b.atMs),
    { seed: s.seed, untilMs: 150_000 },
  );

describe('simulate (properties)', () => {
  it('keeps events in time order, within the clock, and is reproducible for a seed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const timeline = run(s);
        expect(timeline.events.every((e, i, all) => i === 0 || all[i - 1]!.atMs <= e.atMs)).toBe(
          true,
        );
        expect(timeline.events.every((e) => e.atMs <= timeline.endMs)).toBe(true);
        expect(JSON.stringify(run(s))).toBe(JSON.stringify(timeline));
      }),
      { numRuns: 25 },
    );
  });

  it('follows every registered target with a health transition (or its removal) while the clock runs', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const timeline = run(s);
        const health = timeline.events.filter((e) => e.kind === 'target-health');
        for (const registered of health.filter((e) => e.before === null)) {
          if (registered.atMs > timeline.endMs - 20_000) continue; // not enough clock left for a check
          const later = health.find(
            (e) =>
              e.atMs >= registered.atMs &&
              e !== registered &&
              e.targetGroup === registered.targetGroup &&
              e.target === registered.target,
          );
          const dropped = timeline.events.some(
            (e) =>
              e.kind === 'tgb-written' &&
              e.verb === 'delete' &&
              e.targetGroup === registered.targetGroup &&
              e.atMs >= registered.atMs,
          );
          expect(later !== undefined || dropped).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('only counts statuses the data plane can produce', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { requests } = run(s);
        expect(
          Object.keys(requests.byStatus).every((status) =>
            ['0', '200', '404', '502', '503', '504'].includes(status),
          ),
        ).toBe(true);
        expect(Object.values(requests.byStatus).reduce((a, b) => a + b, 0)).toBe(requests.total);
      }),
      { numRuns: 25 },
    );
  });
});
