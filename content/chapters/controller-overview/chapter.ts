import { CONTROLLER_STORY, defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const ingress = 'ingress:default/domain-ingress';
const service = 'service:default/location-api';
const tg = 'tg:default/domain-ingress-location-api:80';

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
    // Two more replicas a minute in: the controller sees the change through its watches.
    scale: {
      actions: '- at: 60s\n  scale: { deployment: default/domain-api, replicas: 6 }\n',
      untilMs: 90_000,
      tell: [...CONTROLLER_STORY, 'action'],
    },
  },
  steps: [
    { id: 'an-add-on', show: { still: 'start' }, focus: ['controller', ingress, service] },
    {
      id: 'runs-as-a-pod',
      show: { events: { kind: 'controller-started' } },
      focus: ['node:k8s-api-domain', 'serviceaccount'],
    },
    {
      id: 'credentials-first',
      show: { events: { kind: 'irsa-token' }, until: { kind: 'sts-call' } },
      focus: ['iam'],
    },
    {
      id: 'duty-watch',
      show: { events: { kind: 'watch' }, until: { kind: 'enqueue' } },
      focus: ['apiserver', ingress],
    },
    { id: 'model', show: { events: { kind: 'model-built' } }, focus: [ingress] },
    {
      id: 'duty-provision',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
        until: { kind: 'aws-call', operation: 'CreateRule' },
      },
    },
    {
      id: 'status-written',
      show: { events: { kind: 'tgb-written' }, until: { kind: 'k8s-event' } },
      focus: [ingress],
    },
    {
      id: 'targets-registered',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
    },
    {
      id: 'not-on-the-path',
      show: { hops: { at: 'dns' }, until: { at: 'client', direction: 'response' } },
      focus: ['controller'],
    },
    {
      id: 'keeps-watching',
      variant: 'scale',
      show: {
        events: { kind: 'action' },
        until: { kind: 'watch', objectKind: 'EndpointSlice', nth: -1 },
      },
      focus: ['controller', 'apiserver'],
    },
    { id: 'targets-after-scaling', variant: 'scale', show: { still: 'end' }, focus: [tg] },
  ],
  quiz: [
    { id: 'registered', kind: 'registered-target' },
    { id: 'next-hop', kind: 'next-hop', urls: ['https://api.example.com/location'] },
    {
      id: 'controller-down',
      kind: 'choice',
      options: ['keeps-serving', 'fails-502', 'fails-503'],
      answer: 'keeps-serving',
    },
  ],
});
