import { CONTROLLER_STORY, defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const ingress = 'ingress:default/domain-ingress';
const service = 'service:default/location-api';
const tg = 'tg:default/domain-ingress-location-api:80';
const lb = 'lb:default/domain-ingress';
const listener = 'listener:default/domain-ingress/443';
const rule = 'rule:default/domain-ingress/443/1';
const pods = [1, 2, 3, 4].map((n) => ({ id: `pod:default/domain-api-${n}` }));
const newPods = [
  'pod:default/domain-api-cnktvfpwxr-b46ph',
  'pod:default/domain-api-cnktvfpwxr-kvj4t',
];
const target = (address: string) => `target:default/domain-ingress-location-api:80/${address}`;
const nodeTargets = ['i-0aaaaaaaaaaaaaaaa:31666', 'i-0bbbbbbbbbbbbbbbb:31666'].map(target);
const podTargets = ['10.0.1.101:8000', '10.0.1.102:8000', '10.0.2.103:8000', '10.0.2.104:8000'].map(
  target,
);
/** The Ingress with one more annotation: the edit applied while no controller pod is ready. */
const editedIngress = `    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: domain-ingress
      namespace: default
      annotations:
        alb.ingress.kubernetes.io/scheme: internet-facing
        alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:123456789012:certificate/1f0c3a52-7d1e-4c1b-9a57-3e8b2f6d4c10
        alb.ingress.kubernetes.io/healthcheck-path: /healthz
    spec:
      ingressClassName: alb
      rules:
        - host: api.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: location-api
                    port:
                      number: 80`;
const healthy = (ids: readonly string[], mode: 'instance' | 'ip') =>
  ids.map((id) => ({ id, mode, state: 'healthy' }));

/**
 * What the controller is and does (seed 001 §2, reference §1, §2, §8, §9.1): an add-on pod that
 * watches the API server and provisions the ALB; one reconcile at a glance; and, with the same
 * setup, that it is not on the request path and that pods reach the target group only in ip mode.
 */
export default defineChapter({
  id: 'controller-overview',
  scenario: { name: 'content/chapters/controller-overview/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance', 'ip'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  variants: {
    // Both controller pods go at 30 s while requests keep arriving; an edit of the Ingress is
    // applied at 35 s; the pods are back at 50 s (reference §1.4, §9.1).
    down: {
      actions: `- at: 30s
  controllerDown: true
- at: 31s
  traffic: { url: https://api.example.com/location, rps: 5, duration: 3s }
- at: 35s
  apply: |
${editedIngress}
- at: 50s
  controllerUp: true
`,
      untilMs: 80_000,
      tell: [
        ...CONTROLLER_STORY,
        'action',
        'traffic',
        'admission-rejected',
        'controller-availability',
      ],
    },
    // Two more replicas a minute in: the controller sees the change through its watches.
    scale: {
      actions: '- at: 60s\n  scale: { deployment: default/domain-api, replicas: 6 }\n',
      untilMs: 90_000,
      tell: [...CONTROLLER_STORY, 'action'],
    },
  },
  steps: [
    {
      id: 'an-add-on',
      show: { still: 'start' },
      focus: ['controller', ingress, service],
      // The setup before anything has happened: four pods, and no load balancer yet.
      shows: [
        ...pods,
        { id: 'controller' },
        { id: ingress, emphasised: true },
        { id: service, emphasised: true },
        { id: lb, absent: true },
        { id: tg, absent: true },
      ],
    },
    {
      id: 'runs-as-a-pod',
      show: { events: { kind: 'controller-started' } },
      // The controller's pod on its worker node, and the ServiceAccount it runs as.
      focus: ['controller', 'node:k8s-api-domain', 'serviceaccount'],
      shows: [
        { id: 'controller', emphasised: true },
        { id: 'node:k8s-api-domain', emphasised: true },
        { id: 'serviceaccount', emphasised: true },
      ],
    },
    {
      id: 'webhooks',
      show: { still: { kind: 'controller-started' } },
      focus: ['controller', 'apiserver'],
      shows: [
        { id: 'controller', emphasised: true },
        { id: 'apiserver', emphasised: true },
      ],
    },
    {
      id: 'credentials-first',
      show: { events: { kind: 'irsa-token' }, until: { kind: 'sts-call' } },
      focus: ['iam'],
      shows: [
        { id: 'iam', emphasised: true },
        { id: 'sts', emphasised: true },
      ],
    },
    {
      id: 'duty-watch',
      show: { events: { kind: 'watch' }, until: { kind: 'enqueue' } },
      // Both ends of the watch stream: the API server and the controller.
      focus: ['apiserver', 'controller', ingress],
      // It watches the IngressClass, both nodes, the Service, its EndpointSlice and the Ingress.
      shows: [
        { id: 'apiserver', emphasised: true },
        { id: 'ingressclass:alb', emphasised: true },
        { id: 'node:k8s-api-domain', emphasised: true },
        { id: 'node:k8s-api-domain-2', emphasised: true },
        { id: service, emphasised: true },
        { id: 'endpointslice:default/location-api', emphasised: true },
        { id: ingress, emphasised: true },
      ],
    },
    {
      id: 'model',
      show: { events: { kind: 'model-built' } },
      focus: [ingress],
      // The model is in memory: nothing exists in AWS yet.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', absent: true },
        { id: ingress, emphasised: true },
        { id: lb, absent: true },
        { id: tg, absent: true },
      ],
    },
    {
      id: 'duty-provision',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
        until: { kind: 'aws-call', operation: 'CreateRule' },
      },
      // The target group, the ALB, its listener and its rule appear; no target is registered yet.
      shows: [
        { id: tg, emphasised: true, healthy: 0, total: 0 },
        { id: lb, emphasised: true },
        { id: listener, emphasised: true },
        { id: rule, emphasised: true },
      ],
    },
    {
      id: 'status-written',
      show: { events: { kind: 'tgb-written' }, until: { kind: 'k8s-event' } },
      focus: [ingress],
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', emphasised: true },
        { id: ingress, emphasised: true },
        { id: lb },
        { id: tg, total: 0 },
      ],
    },
    {
      id: 'targets-registered',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
      // instance: the two nodes on 31666; ip: the four pod IPs on 8000; each turns healthy.
      shows: [
        { id: tg, mode: 'instance', healthy: 2, total: 2, emphasised: true },
        { id: tg, mode: 'ip', healthy: 4, total: 4, emphasised: true },
        ...healthy(nodeTargets, 'instance'),
        ...healthy(podTargets, 'ip'),
      ],
    },
    {
      id: 'not-on-the-path',
      variant: 'down',
      show: {
        events: { kind: 'action', action: 'controller-down' },
        until: { kind: 'traffic', nth: -1 },
      },
      focus: ['controller', lb],
      // No controller pod is ready, and the ALB, its rule and its targets are all still there.
      shows: [
        { id: lb, emphasised: true },
        { id: rule },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
      ],
    },
    {
      id: 'webhook-rejects',
      variant: 'down',
      show: { events: { kind: 'action', action: 'apply' }, until: { kind: 'admission-rejected' } },
      focus: ['apiserver', ingress],
      shows: [{ id: 'apiserver', emphasised: true }, { id: ingress, emphasised: true }, { id: lb }],
    },
    {
      id: 'back-up',
      variant: 'down',
      show: {
        events: { kind: 'action', action: 'controller-up' },
        until: { kind: 'k8s-event', reason: 'SuccessfullyReconciled', nth: -1 },
      },
      focus: ['controller', ingress],
      // The new leader relists and reconciles; the model matches AWS, so nothing is created.
      shows: [
        { id: 'controller', emphasised: true },
        { id: ingress, emphasised: true },
        { id: lb },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
      ],
    },
    {
      id: 'keeps-watching',
      variant: 'scale',
      show: {
        events: { kind: 'action' },
        until: { kind: 'watch', objectKind: 'EndpointSlice', nth: -1 },
      },
      focus: ['controller', 'apiserver'],
      // Four to six replicas: the two new pods appear (ready by the step's end).
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        ...pods,
        ...newPods.map((id) => ({ id, state: 'ready', emphasised: true as const })),
        { id: 'controller', emphasised: true },
        { id: 'endpointslice:default/location-api', emphasised: true },
      ],
    },
    {
      id: 'targets-after-scaling',
      variant: 'scale',
      show: { still: 'end' },
      focus: [tg],
      // instance: still the same two nodes; ip: six pod IPs, every one healthy.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        ...newPods.map((id) => ({ id })),
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        ...healthy(nodeTargets, 'instance'),
        { id: tg, mode: 'ip', healthy: 6, total: 6 },
        ...healthy([...podTargets, target('10.0.1.103:8000'), target('10.0.2.101:8000')], 'ip'),
      ],
    },
  ],
  quiz: [
    {
      id: 'where-it-stopped',
      kind: 'choice',
      options: ['deploy', 'watch', 'model', 'status'],
      answer: 'deploy',
    },
    {
      id: 'not-its-job',
      kind: 'choice',
      options: ['dns-record', 'address', 'target-group', 'binding'],
      answer: 'dns-record',
    },
    {
      id: 'new-node',
      kind: 'choice',
      options: ['registers-node', 'nothing', 'new-alb'],
      answer: 'registers-node',
    },
  ],
});
