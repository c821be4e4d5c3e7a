import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const nlb = 'lb:default/location-nlb';
const alb = 'lb:api';
const ingresses = ['ingress:default/location-ingress', 'ingress:default/frontend'];
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
    },
    {
      id: 'two-stacks',
      show: { events: { kind: 'enqueue' }, until: { kind: 'model-built', nth: 2 } },
      focus: ['service:default/location-nlb', ...ingresses],
    },
    {
      id: 'aws-calls',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
        until: { kind: 'aws-call', operation: 'CreateLoadBalancer', nth: 2 },
      },
      focus: [nlb, alb],
    },
    {
      id: 'listeners-and-rules',
      show: {
        events: { kind: 'aws-call', operation: 'CreateListener' },
        until: { kind: 'aws-call', operation: 'CreateRule', nth: 2 },
      },
      focus: ['listener:default/location-nlb/80', 'rule:api/80/1', 'rule:api/80/2'],
    },
    {
      id: 'rule-order',
      show: { still: 'end' },
      focus: ['rule:api/80/1', 'rule:api/80/2', ...ingresses],
    },
    {
      id: 'nlb-forwards',
      variant: 'nlb',
      show: { hops: { at: 'dns' }, until: { at: 'target-group', direction: 'request' } },
      focus: [nlb],
    },
    {
      id: 'nlb-into-the-cluster',
      variant: 'nlb',
      show: { hops: { at: 'node' }, until: { at: 'pod', direction: 'request' } },
    },
    {
      id: 'alb-reads-the-request',
      show: { hops: { at: 'dns' }, until: { at: 'rule' } },
      focus: [alb],
    },
    {
      id: 'alb-forwards',
      show: {
        hops: { at: 'target-group', direction: 'request' },
        until: { at: 'pod', direction: 'request' },
      },
    },
    {
      id: 'catch-all',
      variant: 'catch-all',
      show: { hops: { at: 'rule' }, until: { at: 'target-group', direction: 'request' } },
      focus: ['rule:api/80/1', 'rule:api/80/2'],
    },
    {
      id: 'which-one',
      show: { still: 'end' },
      focus: [nlb, alb],
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
    { id: 'registered', kind: 'registered-target' },
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
