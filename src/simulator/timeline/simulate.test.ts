import { describe, expect, it } from 'vitest';
import type { SimEvent } from './sim-events.ts';
import { simulate } from './simulate.ts';
import { actionsOf, scenarioWorld } from './test-helpers.ts';

const awsCalls = (events: SimEvent[]) =>
  events.flatMap((e) => (e.kind === 'aws-call' ? [e.operation] : []));

describe('simulate: the seed scenario from apply to healthy targets (§2.1, §2.3, §5.3)', () => {
  const timeline = simulate(scenarioWorld('seed-instance.yaml'), [], { untilMs: 60_000 });

  it('starts the controller with IRSA before anything else', () => {
    expect(timeline.events.slice(0, 3).map((e) => e.kind)).toEqual([
      'controller-started',
      'irsa-token',
      'sts-call',
    ]);
  });

  it('deploys in the controller order, then registers targets asynchronously', () => {
    expect(awsCalls(timeline.events)).toEqual([
      'CreateSecurityGroup', // the cluster's shared backend group, made with the first model
      'CreateSecurityGroup', // the load balancer's managed group
      'AuthorizeSecurityGroupIngress',
      'CreateTargetGroup',
      'CreateLoadBalancer',
      'CreateListener',
      'CreateRule',
      'DescribeTargetHealth',
      'AuthorizeSecurityGroupIngress', // §2.3 step 5: the nodes' group lets the backend group in
      'RegisterTargets',
    ]);
    const kinds = timeline.events.map((e) => e.kind);
    expect(kinds.indexOf('tgb-written')).toBeGreaterThan(
      kinds.lastIndexOf('aws-call', kinds.indexOf('tgb-written')),
    );
    expect(kinds.indexOf('status-updated')).toBeLessThan(
      awsCalls(timeline.events).length + kinds.indexOf('controller-started') + 100,
    );
  });

  it('registers both nodes on the NodePort as initial, and each turns healthy after one passing check', () => {
    const health = timeline.events.filter((e) => e.kind === 'target-health');
    const registered = health.filter((e) => e.before === null);
    expect(registered.map((e) => e.target).sort()).toEqual([
      'i-0aaaaaaaaaaaaaaaa:31666',
      'i-0bbbbbbbbbbbbbbbb:31666',
    ]);
    expect(
      registered.every(
        (e) => e.after?.state === 'initial' && e.after.reason === 'Elb.RegistrationInProgress',
      ),
    ).toBe(true);
    for (const target of ['i-0aaaaaaaaaaaaaaaa:31666', 'i-0bbbbbbbbbbbbbbbb:31666']) {
      const becameHealthy = health.find((e) => e.target === target && e.after?.state === 'healthy');
      const registeredAt = registered.find((e) => e.target === target)!.atMs;
      expect(becameHealthy).toBeDefined();
      expect(becameHealthy!.atMs - registeredAt).toBeLessThanOrEqual(15_000);
    }
  });

  it('is ordered in time and the same for the same seed', () => {
    expect(timeline.events.every((e, i, all) => i === 0 || all[i - 1]!.atMs <= e.atMs)).toBe(true);
    expect(
      JSON.stringify(simulate(scenarioWorld('seed-instance.yaml'), [], { untilMs: 60_000 })),
    ).toBe(JSON.stringify(timeline));
  });
});

describe('simulate: rolling update with traffic (§11.3)', () => {
  const rollout = (file: string, safe: boolean) =>
    simulate(
      scenarioWorld(file),
      actionsOf(`
- at: 0s
  ${safe ? 'enableReadinessGates: default' : 'traffic: {url: "https://api.example.com/", rps: 1, duration: 1s}'}
- at: 30s
  traffic: { url: "https://api.example.com/location", rps: 50, duration: 240s }
- at: 60s
  rollingUpdate: { deployment: default/domain-api${safe ? ', preStopSeconds: 20' : ''} }
`),
    ).requests;

  it.each(['seed-ip.yaml', 'seed-instance.yaml'])(
    '%s: without readiness gates and preStop some requests fail',
    (file) => {
      const requests = rollout(file, false);
      const failed = Object.entries(requests.byStatus)
        .filter(([s]) => s !== '200')
        .reduce((n, [, c]) => n + c, 0);
      expect(failed).toBeGreaterThan(0);
      expect(
        Object.keys(requests.byStatus).every((s) => ['200', '502', '503', '504'].includes(s)),
      ).toBe(true);
    },
  );

  it.each(['seed-ip.yaml', 'seed-instance.yaml'])(
    '%s: with readiness gates and a preStop sleep none fail',
    (file) => {
      const requests = rollout(file, true);
      expect(requests.total).toBe(12_000);
      expect(requests.byStatus).toEqual({ '200': 12_000 });
    },
  );

  it('injects readiness gates only into pods created after the namespace label, in ip mode', () => {
    const timeline = simulate(
      scenarioWorld('seed-ip.yaml'),
      actionsOf(
        '- at: 0s\n  enableReadinessGates: default\n- at: 30s\n  rollingUpdate: { deployment: default/domain-api }\n',
      ),
    );
    const gates = timeline.events.filter((e) => e.kind === 'readiness-gate');
    expect(gates.some((e) => e.status === 'False' && e.reason === 'Injected')).toBe(true);
    expect(gates.some((e) => e.status === 'True')).toBe(true);
    expect(gates.every((e) => !e.pod.endsWith('domain-api-1'))).toBe(true);
  });
});

describe('simulate: what-ifs', () => {
  it('shows the STS error, FailedBuildModel and growing retries when the role does not trust the token', () => {
    const timeline = simulate(
      scenarioWorld(
        'seed-instance.yaml',
        '\n---\napiVersion: sim/v1\nkind: SimulatorSettings\nspec: {irsa: {failure: trust}}\n',
      ),
      [],
      { untilMs: 5_000 },
    );
    const sts = timeline.events.find((e) => e.kind === 'sts-call');
    expect(sts?.kind === 'sts-call' && sts.ok).toBe(false);
    expect(awsCalls(timeline.events)).toEqual([]);
    const warnings = timeline.events.filter(
      (e) => e.kind === 'k8s-event' && e.reason === 'FailedBuildModel',
    );
    expect(warnings.length).toBeGreaterThan(2);
    const delays = timeline.events.flatMap((e) =>
      e.kind === 'retry-scheduled' ? [e.delayMs] : [],
    );
    expect(delays.slice(0, 4)).toEqual([5, 10, 20, 40]);
  });

  it('changing target-type to ip creates a new target group and deletes the old one, modifying only the rule', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(
        '- at: 30s\n  setTargetType: { ingress: default/domain-ingress, targetType: ip }\n',
      ),
      { untilMs: 60_000 },
    );
    const after = timeline.events.filter((e) => e.atMs >= 30_000);
    expect(
      awsCalls(after).filter(
        (op) => !['DescribeTargetHealth', 'RegisterTargets', 'DeregisterTargets'].includes(op),
      ),
    ).toEqual([
      'CreateTargetGroup',
      'ModifyRule',
      'DeleteTargetGroup',
      // §2.3 step 5: pods now take traffic on 8000 straight from the load balancer.
      'AuthorizeSecurityGroupIngress',
    ]);
    const opened = after.find(
      (e) => e.kind === 'aws-call' && e.operation === 'AuthorizeSecurityGroupIngress',
    );
    expect(
      opened?.kind === 'aws-call' &&
        (opened.request.IpPermissions as { FromPort: number }[]).map((p) => p.FromPort),
    ).toEqual([8000]);
    const registered = after.filter((e) => e.kind === 'target-health' && e.before === null);
    expect(registered.map((e) => (e.kind === 'target-health' ? e.target : '')).sort()).toEqual([
      '10.0.1.101:8000',
      '10.0.1.102:8000',
      '10.0.2.103:8000',
      '10.0.2.104:8000',
    ]);
  });

  it('marks the health check broken: targets become unhealthy with ResponseCodeMismatch after the threshold', () => {
    const timeline = simulate(
      scenarioWorld('seed-ip.yaml'),
      actionsOf('- at: 40s\n  breakHealthCheck: { service: default/location-api }\n'),
      { untilMs: 120_000 },
    );
    const unhealthy = timeline.events.filter(
      (e) => e.kind === 'target-health' && e.after?.state === 'unhealthy',
    );
    expect(unhealthy).toHaveLength(4);
    expect(
      unhealthy.every(
        (e) =>
          e.kind === 'target-health' &&
          e.after?.reason === 'Target.ResponseCodeMismatch' &&
          e.atMs > 40_000,
      ),
    ).toBe(true);
  });
});

describe('simulate: node failure', () => {
  it('turns the node Unknown after the grace period, deregisters it (instance) and the ALB stops routing there', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(
        '- at: 30s\n  nodeNotReady: k8s-api-domain-2\n- at: 30s\n  traffic: { url: "https://api.example.com/", rps: 20, duration: 120s }\n',
      ),
      { untilMs: 200_000 },
    );
    const nodeEvent = timeline.events.find(
      (e) => e.kind === 'node' && e.node === 'k8s-api-domain-2',
    );
    expect(nodeEvent?.atMs).toBe(70_000);
    const draining = timeline.events.find(
      (e) =>
        e.kind === 'target-health' &&
        e.target === 'i-0bbbbbbbbbbbbbbbb:31666' &&
        e.after?.state === 'draining',
    );
    expect(draining).toBeDefined();
    // Until the load balancer notices, some requests land on the dead node and time out.
    expect(timeline.requests.byStatus['504'] ?? 0).toBeGreaterThan(0);
    // A second with failures says which statuses they were, not only how many.
    const failing = timeline.events.find((e) => e.kind === 'traffic' && (e.counts['504'] ?? 0) > 0);
    expect(failing?.narration.key).toBe('traffic.windowFailed');
    expect(failing?.narration.params.statuses).toContain(
      `${failing?.kind === 'traffic' ? failing.counts['504'] : ''} × 504`,
    );
    const clean = timeline.events.find(
      (e) => e.kind === 'traffic' && Object.keys(e.counts).every((status) => status === '200'),
    );
    expect(clean?.narration.key).toBe('traffic.window');
    const lateFailures = timeline.events.filter(
      (e) =>
        e.kind === 'traffic' &&
        e.fromMs > draining!.atMs + 6_000 &&
        Object.keys(e.counts).some((s) => s !== '200'),
    );
    expect(lateFailures).toEqual([]);
  });
});
