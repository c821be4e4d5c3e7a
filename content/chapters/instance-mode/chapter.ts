import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from '../../scenarios/seed-instance.yaml?raw';

const tg = 'tg:default/domain-ingress-location-api:80';
const ingress = 'ingress:default/domain-ingress';
const lb = 'lb:default/domain-ingress';
const listener = 'listener:default/domain-ingress/443';
const rule = 'rule:default/domain-ingress/443/1';
const albDnsName = 'k8s-default-domainin-ff2d9f1492-2075818906.us-west-2.elb.amazonaws.com';
const pods = [1, 2, 3, 4].map((n) => ({ id: `pod:default/domain-api-${n}` }));
const target = (address: string) => `target:default/domain-ingress-location-api:80/${address}`;
const nodeTargets = ['i-0aaaaaaaaaaaaaaaa:31666', 'i-0bbbbbbbbbbbbbbbb:31666'].map(target);
const podTargets = ['10.0.1.101', '10.0.1.102', '10.0.2.103', '10.0.2.104'].map((ip) =>
  target(`${ip}:8000`),
);
const inMode = (mode: 'instance' | 'ip', ids: readonly string[], state: string) =>
  ids.map((id) => ({ id, mode, state }));

/** The seeds' own setup (reference §14), told from the controller's start to the response. */
export default defineChapter({
  id: 'instance-mode',
  scenario: { name: 'content/scenarios/seed-instance.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance', 'ip'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  steps: [
    {
      id: 'the-setup',
      show: { still: 'start' },
      focus: ['ingress:default/domain-ingress', 'service:default/location-api'],
      // Four pods on two workers; nothing exists in AWS yet.
      shows: [
        ...pods,
        { id: 'node:k8s-api-domain' },
        { id: 'node:k8s-api-domain-2' },
        { id: ingress, emphasised: true },
        { id: 'service:default/location-api', emphasised: true },
        { id: lb, absent: true },
        { id: tg, absent: true },
      ],
    },
    {
      id: 'controller-starts',
      show: { events: { kind: 'controller-started' }, until: { kind: 'sts-call' } },
      shows: [{ id: 'controller', emphasised: true }],
    },
    {
      id: 'watch',
      show: { events: { kind: 'watch' }, until: { kind: 'enqueue' } },
      // Both ends of the watch stream the prose points at: the API server and the controller.
      focus: ['apiserver', 'controller', 'ingress:default/domain-ingress'],
      shows: [
        { id: 'apiserver', emphasised: true },
        { id: ingress, emphasised: true },
      ],
    },
    {
      id: 'model',
      show: { events: { kind: 'model-built' } },
      // A plan: nothing has been created in AWS yet.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', absent: true },
        { id: lb, absent: true },
        { id: tg, absent: true },
      ],
    },
    {
      id: 'aws-calls',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
        until: { kind: 'aws-call', operation: 'CreateRule' },
      },
      // Each resource appears as its Create call succeeds; the target group is created empty.
      shows: [
        { id: tg, emphasised: true, total: 0 },
        { id: lb, emphasised: true },
        { id: listener, emphasised: true },
        { id: rule, emphasised: true },
      ],
    },
    {
      id: 'binding-and-status',
      show: { events: { kind: 'tgb-written' }, until: { kind: 'k8s-event' } },
      // The binding just written and the address on the Ingress: both in view.
      focus: ['tgb:default/domain-ingress-location-api:80', 'ingress:default/domain-ingress'],
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', emphasised: true },
        // The Ingress's status now holds the ALB's DNS name (its ADDRESS).
        { id: ingress, emphasised: true, detail: albDnsName },
        { id: tg, total: 0 },
      ],
    },
    {
      id: 'register-targets',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'aws-call', operation: 'RegisterTargets' },
      },
      focus: [tg],
      // instance: the two nodes on 31666; ip: the four pod IPs on 8000.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', emphasised: true },
        { id: tg, mode: 'instance', total: 2, emphasised: true },
        { id: tg, mode: 'ip', total: 4, emphasised: true },
        ...inMode('instance', nodeTargets, 'initial'),
        ...inMode('ip', podTargets, 'initial'),
      ],
    },
    {
      id: 'targets-healthy',
      show: {
        events: { kind: 'target-health', state: 'healthy' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
      shows: [
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
        ...inMode('instance', nodeTargets, 'healthy'),
        ...inMode('ip', podTargets, 'healthy'),
      ],
    },
    {
      id: 'dns-and-client',
      show: { hops: { at: 'dns' }, until: { at: 'client', direction: 'request' } },
      shows: [
        { id: 'dns', emphasised: true },
        { id: 'client', emphasised: true },
      ],
    },
    {
      id: 'alb-routes',
      show: { hops: { at: 'alb' }, until: { at: 'target-group', direction: 'request' } },
      // The listener, rule 1, and the one healthy target the ALB chooses.
      shows: [
        { id: lb, emphasised: true },
        { id: listener, emphasised: true },
        { id: rule, emphasised: true },
        { id: target('i-0bbbbbbbbbbbbbbbb:31666'), mode: 'instance', emphasised: true },
        { id: target('10.0.2.103:8000'), mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'node-to-pod',
      show: { hops: { at: 'node' }, until: { at: 'pod', direction: 'request' } },
      // instance: kube-proxy on the target's node picks a pod on the other node; ip: the pod.
      shows: [
        { id: 'node:k8s-api-domain-2', emphasised: true },
        { id: 'kube-proxy:k8s-api-domain-2', mode: 'instance', emphasised: true },
        { id: 'node:k8s-api-domain', mode: 'instance', emphasised: true },
        { id: 'pod:default/domain-api-1', mode: 'instance', emphasised: true },
        { id: 'pod:default/domain-api-3', mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'response',
      show: {
        hops: { at: 'pod', direction: 'response' },
        until: { at: 'client', direction: 'response' },
      },
      shows: [
        { id: lb, emphasised: true },
        { id: 'client', emphasised: true },
      ],
    },
  ],
  quiz: [
    { id: 'registered', kind: 'registered-target' },
    { id: 'next-hop', kind: 'next-hop', urls: ['https://api.example.com/location'] },
    {
      id: 'etp-local',
      kind: 'choice',
      options: ['unhealthy', 'deregistered', 'forwarded'],
      answer: 'unhealthy',
    },
  ],
});
