import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const tg = 'tg:default/domain-ingress-location-api:80';
const url = 'https://api.example.com/location';

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
        until: { kind: 'aws-call', operation: 'RegisterTargets' },
      },
      focus: [tg],
    },
    {
      id: 'health-checks',
      show: {
        events: { kind: 'target-health', state: 'healthy' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
    },
    {
      id: 'scale-out',
      variant: 'scale',
      show: {
        events: { kind: 'action', action: 'scale' },
        until: { kind: 'kube-proxy-sync', nth: 4 },
      },
      focus: ['service:default/location-api'],
    },
    {
      id: 'scale-out-targets',
      variant: 'scale',
      show: { still: 'end' },
      focus: [tg],
    },
    {
      id: 'rollout-starts',
      variant: 'rollout-no-gates',
      show: {
        events: { kind: 'action', action: 'rolling-update' },
        until: { kind: 'pod', nth: 2 },
      },
    },
    {
      id: 'rollout-502',
      variant: 'rollout-no-gates',
      show: { events: { kind: 'pod', nth: 3 }, until: { kind: 'kube-proxy-sync', nth: 3 } },
      focus: [tg, 'pod:default/domain-api-1'],
    },
    {
      id: 'gate-injected',
      variant: 'rollout-with-gates',
      show: {
        events: { kind: 'action', action: 'rolling-update' },
        until: { kind: 'endpoints', nth: 1 },
      },
    },
    {
      id: 'gate-turns-true',
      variant: 'rollout-with-gates',
      show: { events: { kind: 'pod', nth: 2 }, until: { kind: 'pod', nth: 3 } },
      focus: [tg],
    },
    {
      id: 'prestop-drains',
      variant: 'rollout-with-gates',
      show: { events: { kind: 'pod', nth: 4 }, until: { kind: 'pod', nth: 9 } },
      focus: [tg, 'pod:default/domain-api-1'],
    },
    {
      id: 'pod-deleted',
      variant: 'pod-failure',
      show: {
        events: { kind: 'action', action: 'delete-pod' },
        until: { kind: 'kube-proxy-sync', nth: 1 },
      },
      focus: ['pod:default/domain-api-1'],
    },
    {
      id: 'node-stops',
      variant: 'node-failure',
      show: { events: { kind: 'action', action: 'node-not-ready' }, until: { kind: 'node' } },
      focus: ['node:k8s-api-domain-2', tg],
    },
    {
      id: 'node-not-ready',
      variant: 'node-failure',
      show: { events: { kind: 'pod', nth: 1 }, until: { kind: 'kube-proxy-sync', nth: 1 } },
      focus: ['node:k8s-api-domain-2', tg],
    },
    {
      id: 'fail-open',
      variant: 'health-check',
      show: {
        events: { kind: 'action', action: 'break-health-check' },
        until: { kind: 'target-health', state: 'unhealthy', nth: -1 },
      },
      focus: [tg],
    },
  ],
  quiz: [
    { id: 'registered', kind: 'registered-target' },
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
