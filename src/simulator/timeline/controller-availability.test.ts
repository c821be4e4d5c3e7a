import { describe, expect, it } from 'vitest';
import { parseActions } from './actions.ts';
import type { SimEvent } from './sim-events.ts';
import { simulate } from './simulate.ts';
import { actionsOf, scenarioWorld } from './test-helpers.ts';

type Of<K extends SimEvent['kind']> = Extract<SimEvent, { kind: K }>;
const only =
  <K extends SimEvent['kind']>(kind: K) =>
  (events: SimEvent[]): Of<K>[] =>
    events.filter((e): e is Of<K> => e.kind === kind);
const rejections = only('admission-rejected');
const availability = only('controller-availability');
const awsCallsAfter = (events: SimEvent[], fromMs: number) =>
  events.filter((e) => e.kind === 'aws-call' && e.atMs >= fromMs);

const NEW_INGRESS = `
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: shop, namespace: default }
    spec:
      ingressClassName: alb
      rules:
        - http:
            paths:
              - { path: /, pathType: Prefix, backend: { service: { name: location-api, port: { number: 80 } } } }`;
const NEW_LB_SERVICE = `
    apiVersion: v1
    kind: Service
    metadata: { name: edge, namespace: default }
    spec:
      type: LoadBalancer
      selector: { app: domain-api }
      ports: [{ port: 80, targetPort: 8000 }]`;
const apply = (at: string, manifests: string) =>
  `- at: ${at}\n  apply: |\n${manifests
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `    ${l.slice(4)}`)
    .join('\n')}\n`;

/** A second ready controller pod, as the chart's `replicaCount: 2` runs (§1.4). */
const SECOND_REPLICA = `
---
apiVersion: v1
kind: Pod
metadata:
  name: aws-load-balancer-controller-7d9f6c5b8-q8w3z
  namespace: kube-system
  labels: { app.kubernetes.io/name: aws-load-balancer-controller }
spec: { nodeName: k8s-api-domain-2, containers: [{ name: controller }] }
status:
  podIP: 10.0.2.50
  conditions: [{ type: ContainersReady, status: 'True' }, { type: Ready, status: 'True' }]
`;
const SEED_POD = 'kube-system/aws-load-balancer-controller-7d9f6c5b8-x2k4p';
const SECOND_POD = 'kube-system/aws-load-balancer-controller-7d9f6c5b8-q8w3z';

/** Which of the two replicas won the first election (the one that started and reconciles). */
function leaderOfTwo(): { leader: string; standby: string } {
  const started = simulate(scenarioWorld('seed-instance.yaml', SECOND_REPLICA), [], {
    untilMs: 1_000,
  }).events.find((e) => e.kind === 'controller-started');
  const leader = started?.kind === 'controller-started' ? started.pod : '';
  expect([SEED_POD, SECOND_POD]).toContain(leader);
  return { leader, standby: leader === SEED_POD ? SECOND_POD : SEED_POD };
}

describe('controllerDown / controllerUp (§1.4 webhooks and availability)', () => {
  it('parses controllerDown: true and controllerUp: true, and nothing else', () => {
    expect(actionsOf('- at: 1s\n  controllerDown: true\n- at: 2s\n  controllerUp: true\n')).toEqual(
      [
        { atMs: 1000, type: 'controller-down' },
        { atMs: 2000, type: 'controller-up' },
      ],
    );
    expect(parseActions({ name: 'a.yaml', text: '- controllerDown: yes-please\n' }).ok).toBe(false);
  });

  it('§1.4: the API server rejects a new Ingress with the vingress webhook error, and nothing reconciles', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(`- at: 20s\n  controllerDown: true\n${apply('25s', NEW_INGRESS)}`),
      { untilMs: 60_000 },
    );
    const [rejected, ...more] = rejections(timeline.events);
    expect(more).toEqual([]);
    expect(rejected).toMatchObject({
      verb: 'CREATE',
      object: 'default/shop',
      objectKind: 'Ingress',
      webhook: 'vingress.elbv2.k8s.aws',
      status: 500,
      reason: 'InternalError',
      message:
        'Internal error occurred: failed calling webhook "vingress.elbv2.k8s.aws": failed to call webhook: Post "https://aws-load-balancer-webhook-service.kube-system.svc:443/validate-networking-v1-ingress?timeout=10s": no endpoints available for service "aws-load-balancer-webhook-service"',
    });
    expect(rejected!.narration.key).toBe('admission.rejected');
    // The Ingress never reached the API server: no watch event, no work, no AWS call.
    expect(timeline.events.some((e) => e.kind === 'watch' && e.object === 'default/shop')).toBe(
      false,
    );
    expect(timeline.events.filter((e) => e.kind === 'enqueue' && e.atMs >= 20_000)).toEqual([]);
    expect(awsCallsAfter(timeline.events, 20_000)).toEqual([]);
  });

  it('§1.4: editing an existing Ingress is rejected too (the validator sees UPDATE)', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(
        '- at: 20s\n  controllerDown: true\n- at: 25s\n  setTargetType: { ingress: default/domain-ingress, targetType: ip }\n',
      ),
      { untilMs: 60_000 },
    );
    expect(rejections(timeline.events).map((e) => [e.verb, e.object])).toEqual([
      ['UPDATE', 'default/domain-ingress'],
    ]);
    expect(awsCallsAfter(timeline.events, 20_000)).toEqual([]);
  });

  it('§1.4: creating a Service is rejected by the service mutator; with the mutator off it is admitted', () => {
    const down = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(`- at: 20s\n  controllerDown: true\n${apply('25s', NEW_LB_SERVICE)}`),
      { untilMs: 40_000 },
    );
    expect(rejections(down.events)).toMatchObject([
      {
        verb: 'CREATE',
        objectKind: 'Service',
        webhook: 'mservice.elbv2.k8s.aws',
        message: expect.stringContaining(
          'failed calling webhook "mservice.elbv2.k8s.aws": failed to call webhook: Post "https://aws-load-balancer-webhook-service.kube-system.svc:443/mutate-v1-service?timeout=10s": no endpoints available for service "aws-load-balancer-webhook-service"',
        ),
      },
    ]);
    const mutatorOff = simulate(
      scenarioWorld(
        'seed-instance.yaml',
        '\n---\napiVersion: sim/v1\nkind: SimulatorSettings\nspec: {flags: {serviceMutatorWebhook: false}}\n',
      ),
      actionsOf(`- at: 20s\n  controllerDown: true\n${apply('25s', NEW_LB_SERVICE)}`),
      { untilMs: 40_000 },
    );
    expect(rejections(mutatorOff.events)).toEqual([]);
    expect(
      mutatorOff.events.some(
        (e) => e.kind === 'watch' && e.verb === 'ADDED' && e.object === 'default/edge',
      ),
    ).toBe(true);
  });

  it('§1.4: updating an existing Service passes (the mutator only sees CREATE) but is not reconciled', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(
        '- at: 20s\n  controllerDown: true\n- at: 25s\n  setExternalTrafficPolicy: { service: default/location-api, policy: Local }\n',
      ),
      { untilMs: 60_000 },
    );
    expect(rejections(timeline.events)).toEqual([]);
    expect(
      timeline.events.some(
        (e) => e.kind === 'watch' && e.verb === 'MODIFIED' && e.object === 'default/location-api',
      ),
    ).toBe(true);
    expect(timeline.events.filter((e) => e.kind === 'enqueue' && e.atMs >= 20_000)).toEqual([]);
  });

  it('§1.4: existing load balancers keep serving while the controller is down', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(
        '- at: 40s\n  controllerDown: true\n- at: 45s\n  traffic: { url: https://api.example.com/location, rps: 10, duration: 10s }\n',
      ),
      { untilMs: 60_000 },
    );
    expect(timeline.requests.total).toBeGreaterThan(0);
    expect(timeline.requests.byStatus['200']).toBe(timeline.requests.total);
  });

  it('after controllerUp a new leader starts (IRSA first), relists and reconciles what is applied', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(
        `- at: 20s\n  controllerDown: true\n- at: 30s\n  controllerUp: true\n${apply('40s', NEW_INGRESS)}`,
      ),
      { untilMs: 70_000 },
    );
    const after = timeline.events.filter((e) => e.atMs >= 30_000);
    const kinds = after.map((e) => e.kind);
    expect(kinds.indexOf('controller-started')).toBeLessThan(kinds.indexOf('sts-call'));
    expect(kinds.indexOf('sts-call')).toBeLessThan(
      kinds.indexOf('controller-availability', kinds.indexOf('sts-call')),
    );
    expect(availability(timeline.events).map((e) => e.state)).toEqual([
      'down',
      'up',
      'leader-elected',
    ]);
    expect(rejections(timeline.events)).toEqual([]);
    expect(
      awsCallsAfter(timeline.events, 40_000).some(
        (e) => e.kind === 'aws-call' && e.operation === 'CreateLoadBalancer',
      ),
    ).toBe(true);
  });
});

describe('deletePod of a controller pod (§1.4: two replicas, leader election)', () => {
  it('with a second replica, the webhooks keep answering and the standby takes the lease once it lapses', () => {
    const { leader, standby } = leaderOfTwo();
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml', SECOND_REPLICA),
      actionsOf(`- at: 30s\n  deletePod: ${leader}\n${apply('31s', NEW_INGRESS)}`),
      { untilMs: 80_000 },
    );
    expect(rejections(timeline.events)).toEqual([]);
    const states = availability(timeline.events);
    expect(states[0]).toMatchObject({ state: 'replica-lost', pod: leader, readyReplicas: 1 });
    const elected = states.find((e) => e.state === 'leader-elected');
    expect(elected?.pod).toBe(standby);
    // controller-runtime's LeaseDuration (15 s): nothing is reconciled in between.
    expect(elected!.atMs).toBe(45_000);
    const created = awsCallsAfter(timeline.events, 30_000).find(
      (e) => e.kind === 'aws-call' && e.operation === 'CreateLoadBalancer',
    );
    expect(created!.atMs).toBeGreaterThan(45_000);
  });

  it('losing the standby changes nothing: no election, the leader keeps reconciling', () => {
    const { standby } = leaderOfTwo();
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml', SECOND_REPLICA),
      actionsOf(`- at: 30s\n  deletePod: ${standby}\n${apply('31s', NEW_INGRESS)}`),
      { untilMs: 40_000 },
    );
    expect(availability(timeline.events).map((e) => e.state)).toEqual([
      'replica-lost',
      'replica-ready',
    ]);
    const created = awsCallsAfter(timeline.events, 31_000).find(
      (e) => e.kind === 'aws-call' && e.operation === 'CreateLoadBalancer',
    );
    expect(created!.atMs).toBeLessThan(35_000);
  });

  it('the only replica gone: writes are rejected until the Deployment’s replacement is ready', () => {
    const timeline = simulate(
      scenarioWorld('seed-instance.yaml'),
      actionsOf(`- at: 30s\n  deletePod: ${SEED_POD}\n${apply('31s', NEW_INGRESS)}`),
      { untilMs: 80_000 },
    );
    expect(rejections(timeline.events).map((e) => e.atMs)).toEqual([31_000]);
    expect(availability(timeline.events).map((e) => [e.state, e.atMs])).toEqual([
      ['down', 30_000],
      ['replica-ready', 40_000],
      ['leader-elected', 45_000],
    ]);
  });

  it('a pod of the readiness-gate namespace created while no controller pod is ready gets no gate (§6.4 Ignore)', () => {
    const timeline = simulate(
      scenarioWorld('seed-ip.yaml'),
      actionsOf(
        '- at: 20s\n  enableReadinessGates: default\n- at: 25s\n  controllerDown: true\n- at: 30s\n  scale: { deployment: default/domain-api, replicas: 6 }\n',
      ),
      { untilMs: 60_000 },
    );
    const created = timeline.events.filter(
      (e) => e.kind === 'pod' && e.phase === 'created' && e.atMs >= 30_000,
    );
    expect(created.length).toBe(2);
    expect(timeline.events.some((e) => e.kind === 'readiness-gate' && e.atMs >= 25_000)).toBe(
      false,
    );
  });
});
