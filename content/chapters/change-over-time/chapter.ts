import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const tg = 'tg:default/domain-ingress-location-api:80';
const url = 'https://api.example.com/location';
const target = (address: string) => `target:default/domain-ingress-location-api:80/${address}`;
const nodeA = target('i-0aaaaaaaaaaaaaaaa:31666');
const nodeB = target('i-0bbbbbbbbbbbbbbbb:31666');
const pod = (name: string) => `pod:default/${name}`;
/** The four pods' targets in ip mode, and the two nodes' in instance mode. */
const podTargets = ['10.0.1.101', '10.0.1.102', '10.0.2.103', '10.0.2.104'].map((ip) =>
  target(`${ip}:8000`),
);
const inMode = (mode: 'instance' | 'ip', ids: readonly string[], state: string) =>
  ids.map((id) => (state === 'absent' ? { id, mode, absent: true as const } : { id, mode, state }));

/** What the steps of the what-if runs tell: the Kubernetes side and the load balancer side. */
const tell = [
  'action',
  'pod',
  'endpoints',
  'kube-proxy-sync',
  'aws-call',
  'target-health',
  'readiness-gate',
  'node',
] as const;

/** 50 requests a second from `from` for `seconds`: the runs' request counts come from these. */
const traffic = (from: number, seconds: number) => `- at: ${from}s
  traffic: { url: ${url}, rps: 50, duration: ${seconds}s }
`;

/**
 * The seeds' setup while it changes (reference §2.3, §5.3, §6.4, §6.5, §9.1, §11.3): scaling,
 * rolling updates without and with readiness gates and a preStop sleep, a deleted pod, a lost
 * node, failing health checks. Every number in the prose is a <SimFigure> of one of these runs.
 */
export default defineChapter({
  id: 'change-over-time',
  scenario: { name: 'content/chapters/change-over-time/scenario.yaml', text: scenario },
  defaultMode: 'ip',
  modes: ['instance', 'ip'],
  request: { url, seed: 12 },
  // Clients call from the first second, before the controller has registered anything.
  actions: traffic(0, 10),
  variants: {
    scale: {
      tell,
      untilMs: 70_000,
      actions: `${traffic(20, 50)}- at: 30s
  scale: { deployment: default/domain-api, replicas: 6 }
`,
    },
    'rollout-no-gates': {
      tell,
      untilMs: 70_000,
      actions: `${traffic(20, 50)}- at: 30s
  rollingUpdate: { deployment: default/domain-api, maxSurge: 1, maxUnavailable: 0 }
`,
    },
    'rollout-with-gates': {
      tell: ['action', 'pod', 'endpoints', 'target-health', 'readiness-gate'],
      untilMs: 150_000,
      actions: `- at: 5s
  enableReadinessGates: default
${traffic(20, 120)}- at: 30s
  rollingUpdate: { deployment: default/domain-api, maxSurge: 1, maxUnavailable: 0, preStopSeconds: 20 }
`,
    },
    'pod-failure': {
      tell,
      untilMs: 60_000,
      actions: `${traffic(20, 40)}- at: 30s
  deletePod: default/domain-api-1
`,
    },
    'node-failure': {
      tell,
      untilMs: 90_000,
      actions: `${traffic(20, 70)}- at: 30s
  nodeNotReady: k8s-api-domain-2
`,
    },
    'health-check': {
      tell,
      untilMs: 70_000,
      actions: `${traffic(20, 50)}- at: 30s
  breakHealthCheck: { service: default/location-api }
`,
    },
  },
  steps: [
    {
      id: 'no-targets-yet',
      show: {
        events: { kind: 'aws-call', operation: 'CreateRule' },
        until: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
      },
      focus: [tg],
      // The rule forwards to a group with nothing in it: no target is registered yet.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', emphasised: true },
        { id: 'rule:default/domain-ingress/443/1' },
        { id: tg, emphasised: true },
        ...inMode('instance', [nodeA, nodeB], 'absent'),
        ...inMode('ip', podTargets, 'absent'),
      ],
    },
    {
      id: 'health-checks',
      show: {
        events: { kind: 'aws-call', operation: 'RegisterTargets' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
      shows: [
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
        ...inMode('instance', [nodeA, nodeB], 'healthy'),
        ...inMode('ip', podTargets, 'healthy'),
      ],
    },
    {
      id: 'scale-out',
      variant: 'scale',
      show: {
        events: { kind: 'action', action: 'scale' },
        until: { kind: 'kube-proxy-sync', nth: 4 },
      },
      // The two new pods, where the step ends (kube-proxy on their nodes rewrites its rules), and
      // the Service whose EndpointSlice lists them.
      focus: [
        'service:default/location-api',
        pod('domain-api-cnktvfpwxr-b46ph'),
        pod('domain-api-cnktvfpwxr-kvj4t'),
      ],
      camera: pod('domain-api-cnktvfpwxr-b46ph'),
      // Two pods are created and turn ready; ip registers their IPs, instance registers nothing.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        { id: pod('domain-api-cnktvfpwxr-b46ph'), state: 'ready', emphasised: true },
        { id: pod('domain-api-cnktvfpwxr-kvj4t'), state: 'ready', emphasised: true },
        { id: target('10.0.1.103:8000'), mode: 'ip', emphasised: true },
        { id: target('10.0.2.101:8000'), mode: 'ip', emphasised: true },
        { id: tg, mode: 'ip', total: 6 },
        { id: tg, mode: 'instance', total: 2 },
      ],
    },
    {
      id: 'scale-out-targets',
      variant: 'scale',
      show: { still: 'end' },
      focus: [tg],
      // ip: six pod IPs, the two new ones healthy; instance: still the two nodes.
      shows: [
        { id: tg, mode: 'ip', healthy: 6, total: 6 },
        ...inMode('ip', [target('10.0.1.103:8000'), target('10.0.2.101:8000')], 'healthy'),
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        ...inMode('instance', [nodeA, nodeB], 'healthy'),
        { id: pod('domain-api-cnktvfpwxr-b46ph') },
        { id: pod('domain-api-cnktvfpwxr-kvj4t') },
      ],
    },
    {
      id: 'rollout-starts',
      variant: 'rollout-no-gates',
      show: {
        events: { kind: 'action', action: 'rolling-update' },
        until: { kind: 'pod', nth: 2 },
      },
      // One extra pod, Ready; in ip mode its IP is not registered yet.
      shows: [
        { id: pod('domain-api-bd55xnt6rt-bf5cn'), state: 'ready', emphasised: true },
        { id: pod('domain-api-1'), state: 'ready' },
        { id: target('10.0.2.101:8000'), mode: 'ip', absent: true },
        { id: tg, mode: 'ip', total: 4 },
      ],
    },
    {
      id: 'rollout-502',
      variant: 'rollout-no-gates',
      show: { events: { kind: 'pod', nth: 3 }, until: { kind: 'kube-proxy-sync', nth: 3 } },
      focus: [tg, 'pod:default/domain-api-1'],
      // domain-api-1 has exited; ip: its target is deregistered (draining).
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        { id: pod('domain-api-1'), absent: true },
        { id: target('10.0.1.101:8000'), mode: 'ip', state: 'draining', emphasised: true },
      ],
    },
    {
      id: 'gate-injected',
      variant: 'rollout-with-gates',
      show: {
        events: { kind: 'action', action: 'rolling-update' },
        until: { kind: 'endpoints', nth: 1 },
      },
      // The Deployment creates the first new pod.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        { id: pod('domain-api-bd55xnt6rt-bf5cn'), state: 'pending', emphasised: true },
      ],
    },
    {
      id: 'gate-turns-true',
      variant: 'rollout-with-gates',
      show: { events: { kind: 'pod', nth: 2 }, until: { kind: 'pod', nth: 3 } },
      focus: [tg],
      // ip: the target turns healthy, then the pod is Ready; instance: Ready, and an old pod goes.
      shows: [
        { id: pod('domain-api-bd55xnt6rt-bf5cn'), state: 'ready', emphasised: true },
        { id: target('10.0.2.101:8000'), mode: 'ip', state: 'healthy' },
        { id: tg, mode: 'ip', healthy: 5, total: 5 },
        { id: pod('domain-api-1'), mode: 'instance', state: 'terminating' },
      ],
    },
    {
      id: 'prestop-drains',
      variant: 'rollout-with-gates',
      // Until domain-api-1 exits after its preStop sleep (in instance mode its terminating is the
      // previous step's last event, and the other old pods start terminating before it exits).
      show: { events: { kind: 'pod', nth: 4 }, until: { kind: 'pod', phase: 'exited' } },
      focus: [tg, 'pod:default/domain-api-1'],
      // ip: 10.0.1.101 drains; the pod exits only after the sleep.
      shows: [
        { id: target('10.0.1.101:8000'), mode: 'ip', state: 'draining', emphasised: true },
        // The pod is drawn in the moment it exits, saying so; the next event closes its slot.
        { id: pod('domain-api-1'), state: 'exited', emphasised: true },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
      ],
    },
    {
      id: 'pod-deleted',
      variant: 'pod-failure',
      show: {
        events: { kind: 'action', action: 'delete-pod' },
        until: { kind: 'kube-proxy-sync', nth: 1 },
      },
      focus: ['pod:default/domain-api-1'],
      // The pod exits, a replacement is created; ip: its target drains; instance: no change.
      shows: [
        { id: pod('domain-api-1'), absent: true },
        { id: pod('domain-api-cnktvfpwxr-b46ph'), emphasised: true },
        { id: target('10.0.1.101:8000'), mode: 'ip', state: 'draining', emphasised: true },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
      ],
    },
    {
      id: 'node-stops',
      variant: 'node-failure',
      show: { events: { kind: 'action', action: 'node-not-ready' }, until: { kind: 'node' } },
      focus: ['node:k8s-api-domain-2', tg],
      // The node's targets time out and turn unhealthy; its pods still count as Ready.
      shows: [
        ...inMode('ip', [target('10.0.2.103:8000'), target('10.0.2.104:8000')], 'unhealthy'),
        ...inMode('instance', [nodeB], 'unhealthy'),
        ...inMode('instance', [nodeA], 'healthy'),
        { id: pod('domain-api-3'), state: 'ready' },
        { id: pod('domain-api-4'), state: 'ready' },
      ],
    },
    {
      id: 'node-not-ready',
      variant: 'node-failure',
      show: { events: { kind: 'pod', nth: 1 }, until: { kind: 'kube-proxy-sync', nth: 1 } },
      focus: ['node:k8s-api-domain-2', tg],
      // Its pods turn NotReady and its targets are deregistered.
      shows: [
        { id: pod('domain-api-3'), state: 'not-ready', emphasised: true },
        { id: pod('domain-api-4'), state: 'not-ready', emphasised: true },
        ...inMode('ip', [target('10.0.2.103:8000'), target('10.0.2.104:8000')], 'draining'),
        ...inMode('instance', [nodeB], 'draining'),
      ],
    },
    {
      id: 'fail-open',
      variant: 'health-check',
      show: {
        events: { kind: 'action', action: 'break-health-check' },
        until: { kind: 'target-health', state: 'unhealthy', nth: -1 },
      },
      focus: [tg],
      // Every target unhealthy: the group has 0 healthy (and the ALB fails open).
      shows: [
        { id: tg, mode: 'instance', healthy: 0, total: 2, emphasised: true },
        { id: tg, mode: 'ip', healthy: 0, total: 4, emphasised: true },
        ...inMode('instance', [nodeA, nodeB], 'unhealthy'),
        ...inMode('ip', podTargets, 'unhealthy'),
      ],
    },
  ],
  quiz: [
    {
      id: 'gate-when',
      kind: 'choice',
      options: ['new-pods', 'running-pods', 'instance-too'],
      answer: 'new-pods',
    },
    {
      id: 'stop-the-502s',
      kind: 'choice',
      options: ['longer-delay', 'gates-and-prestop', 'more-replicas', 'faster-health-checks'],
      answer: 'gates-and-prestop',
    },
    {
      id: 'scale-out-instance-mode',
      kind: 'choice',
      options: ['two-instances', 'two-pod-ips', 'nothing-new'],
      answer: 'nothing-new',
    },
    {
      id: 'empty-target-group',
      kind: 'choice',
      options: ['s502', 's503', 's504', 's404'],
      answer: 's503',
    },
  ],
});
