import { describe, expect, it } from 'vitest';
import type { SimEvent } from './sim-events.ts';
import { simulate } from './simulate.ts';
import { scenarioWorld } from './test-helpers.ts';

const healthOf = (events: SimEvent[], target: string) =>
  events.flatMap((e) =>
    e.kind === 'target-health' && e.target === target
      ? [{ atMs: e.atMs, state: e.after?.state ?? 'gone' }]
      : [],
  );

describe('draining (§6.5)', () => {
  it('ends as soon as the deleted pod has exited, not after the 300 s delay', () => {
    const { events } = simulate(
      scenarioWorld('seed-ip.yaml'),
      [{ atMs: 40_000, type: 'delete-pod', pod: 'default/domain-api-1' }],
      { untilMs: 120_000 },
    );
    const states = healthOf(events, '10.0.1.101:8000');
    const draining = states.find((s) => s.state === 'draining');
    const gone = states.find((s) => s.state === 'gone');
    expect(draining).toBeDefined();
    expect(gone).toBeDefined();
    expect(gone!.atMs).toBeGreaterThan(draining!.atMs);
    expect(gone!.atMs - draining!.atMs).toBeLessThan(60_000);
    const exited = events.find(
      (e) => e.kind === 'pod' && e.pod === 'default/domain-api-1' && e.phase === 'exited',
    );
    expect(gone!.atMs).toBeGreaterThanOrEqual(exited!.atMs);
  });

  it('lasts the whole delay while the pod has not exited (its node stopped answering)', () => {
    const { events } = simulate(
      scenarioWorld('seed-ip.yaml'),
      [{ atMs: 40_000, type: 'node-not-ready', node: 'k8s-api-domain-2' }],
      { untilMs: 500_000 },
    );
    const states = healthOf(events, '10.0.2.103:8000');
    const draining = states.find((s) => s.state === 'draining');
    expect(draining).toBeDefined();
    const gone = states.find((s) => s.state === 'gone' && s.atMs > draining!.atMs);
    expect(gone).toBeDefined();
    expect(gone!.atMs - draining!.atMs).toBeGreaterThanOrEqual(299_000);
  });
});
