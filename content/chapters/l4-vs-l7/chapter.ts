import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const nlb = 'lb:default/location-nlb';
const alb = 'lb:api';
const ingresses = ['ingress:default/location-ingress', 'ingress:default/frontend'];
const marked = (...ids: string[]) => ids.map((id) => ({ id, emphasised: true as const }));
const targetGroups = [
  'tg:default/location-nlb:80',
  'tg:default/location-ingress-location-api:80',
  'tg:default/frontend-web-frontend:80',
];
/** The NLB's DNS name: its name hashes the cluster name, the Service UID and the scheme (§5.1). */
const nlbUrl =
  'http://k8s-default-location-be07172e87-2b08c99cb12f3b86.elb.us-west-2.amazonaws.com/location';

/**
 * Layer 4 and layer 7 side by side (reference §1.3, §2.5, §4.2, §7, §9.1): an NLB the controller
 * builds for a Service, and one ALB shared by the two Ingresses of the IngressGroup `api`, whose
 * rule order `group.order` decides. Variants send the request through the NLB, and to a path
 * only the catch-all rule matches.
 */
export default defineChapter({
  id: 'l4-vs-l7',
  scenario: { name: 'content/chapters/l4-vs-l7/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance', 'ip'],
  request: { url: 'http://api.example.com/location', seed: 12 },
  variants: {
    nlb: { url: nlbUrl, seed: 12 },
    'catch-all': { url: 'http://api.example.com/locations', seed: 12 },
  },
  steps: [
    {
      id: 'the-setup',
      show: { still: 'start' },
      focus: ['service:default/location-nlb', ...ingresses],
      shows: [
        ...marked('service:default/location-nlb', ...ingresses),
        ...[1, 2, 3, 4].map((n) => ({ id: `pod:default/domain-api-${n}` })),
        { id: 'pod:default/web-frontend-1' },
        { id: 'pod:default/web-frontend-2' },
        { id: nlb, absent: true },
        { id: alb, absent: true },
      ],
    },
    {
      id: 'two-stacks',
      show: { events: { kind: 'enqueue' }, until: { kind: 'model-built', nth: 2 } },
      focus: ['service:default/location-nlb', ...ingresses],
      // Two models, nothing in AWS yet.
      shows: [
        ...marked('service:default/location-nlb', ...ingresses),
        { id: nlb, absent: true },
        { id: alb, absent: true },
      ],
    },
    {
      id: 'aws-calls',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
        until: { kind: 'aws-call', operation: 'CreateLoadBalancer', nth: 2 },
      },
      focus: [nlb, alb],
      // Three target groups and both load balancers; the ALB has no listener yet (the NLB's
      // stack may already have finished: the two stacks' calls interleave).
      shows: [...marked(nlb, alb, ...targetGroups), { id: 'listener:api/80', absent: true }],
    },
    {
      id: 'nlb-target-group',
      // The world as the previous step left it; the prose looks back at one of its calls.
      show: { still: { kind: 'aws-call', operation: 'CreateLoadBalancer', nth: 2 } },
      focus: ['tg:default/location-nlb:80'],
      shows: marked('tg:default/location-nlb:80'),
    },
    {
      id: 'listeners-and-rules',
      show: {
        events: { kind: 'aws-call', operation: 'CreateListener' },
        until: { kind: 'aws-call', operation: 'CreateRule', nth: 2 },
      },
      focus: ['listener:default/location-nlb/80', 'rule:api/80/1', 'rule:api/80/2'],
      // NLB: TCP:80 and no rule, its binding registers targets; ALB: HTTP:80 and two rules.
      shows: [
        { id: 'tgb:default/location-nlb:80', emphasised: true },
        ...marked('listener:default/location-nlb/80', 'listener:api/80'),
        ...marked('rule:api/80/1', 'rule:api/80/2'),
        { id: 'rule:default/location-nlb/80/1', absent: true },
        { id: 'tg:default/location-nlb:80', mode: 'instance', total: 2 },
        { id: 'tg:default/location-nlb:80', mode: 'ip', total: 4 },
      ],
    },
    {
      id: 'rule-order',
      show: { still: 'end' },
      focus: ['rule:api/80/1', 'rule:api/80/2', ...ingresses],
      shows: marked('rule:api/80/1', 'rule:api/80/2', ...ingresses),
    },
    {
      id: 'nlb-forwards',
      variant: 'nlb',
      show: { hops: { at: 'dns' }, until: { at: 'target-group', direction: 'request' } },
      focus: [nlb],
      // TCP:80's default action forwards to the one target group: a node on 32080, or a pod.
      shows: [
        ...marked(nlb, 'listener:default/location-nlb/80'),
        {
          id: 'target:default/location-nlb:80/i-0bbbbbbbbbbbbbbbb:32080',
          mode: 'instance',
          emphasised: true,
        },
        { id: 'target:default/location-nlb:80/10.0.2.103:8000', mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'nlb-into-the-cluster',
      variant: 'nlb',
      show: { hops: { at: 'node' }, until: { at: 'pod', direction: 'request' } },
      // instance: kube-proxy picks a pod; ip: straight to the pod through its node.
      shows: [
        { id: 'node:k8s-api-domain-2', emphasised: true },
        { id: 'kube-proxy:k8s-api-domain-2', mode: 'instance', emphasised: true },
        { id: 'pod:default/domain-api-4', mode: 'instance', emphasised: true },
        { id: 'pod:default/domain-api-3', mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'alb-reads-the-request',
      show: { hops: { at: 'dns' }, until: { at: 'rule' } },
      focus: [alb],
      shows: marked(alb, 'listener:api/80', 'rule:api/80/1'),
    },
    {
      id: 'alb-forwards',
      show: {
        hops: { at: 'target-group', direction: 'request' },
        until: { at: 'pod', direction: 'request' },
      },
      // A target of location-api's group; instance: kube-proxy picks a pod on the other node.
      shows: [
        {
          id: 'target:default/location-ingress-location-api:80/i-0bbbbbbbbbbbbbbbb:31666',
          mode: 'instance',
          emphasised: true,
        },
        ...marked(
          'kube-proxy:k8s-api-domain-2',
          'node:k8s-api-domain',
          'pod:default/domain-api-1',
        ).map((want) => ({ ...want, mode: 'instance' as const })),
        {
          id: 'target:default/location-ingress-location-api:80/10.0.2.103:8000',
          mode: 'ip',
          emphasised: true,
        },
        { id: 'pod:default/domain-api-3', mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'catch-all',
      variant: 'catch-all',
      // On to the web-frontend pod, as the prose follows it.
      show: { hops: { at: 'rule' }, until: { at: 'pod', direction: 'request' } },
      focus: ['rule:api/80/1', 'rule:api/80/2'],
      // Rule 2's catch-all sends /locations to frontend-web-frontend and a web-frontend pod.
      shows: [
        ...marked('rule:api/80/1', 'rule:api/80/2'),
        {
          id: 'target:default/frontend-web-frontend:80/i-0bbbbbbbbbbbbbbbb:30300',
          mode: 'instance',
          emphasised: true,
        },
        { id: 'pod:default/web-frontend-1', mode: 'instance', emphasised: true },
        {
          id: 'target:default/frontend-web-frontend:80/10.0.2.122:3000',
          mode: 'ip',
          emphasised: true,
        },
        { id: 'pod:default/web-frontend-2', mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'which-one',
      show: { still: 'end' },
      focus: [nlb, alb],
      shows: marked(nlb, alb),
    },
  ],
  quiz: [
    {
      id: 'which-rule',
      kind: 'next-hop',
      urls: [
        'http://api.example.com/location',
        'http://api.example.com/location/42',
        'http://api.example.com/locations',
        'http://api.example.com/about',
      ],
    },
    {
      id: 'aws-calls',
      kind: 'choice',
      options: ['rule-and-attributes', 'same-calls', 'nlb-rule', 'no-target-group'],
      answer: 'rule-and-attributes',
    },
    {
      id: 'without-order',
      kind: 'choice',
      options: ['still-location', 'frontend-catches', 'group-fails'],
      answer: 'frontend-catches',
    },
    {
      id: 'how-many',
      kind: 'choice',
      options: ['two-new', 'one-new', 'none-new'],
      answer: 'one-new',
    },
  ],
});
