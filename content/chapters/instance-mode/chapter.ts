import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from '../../scenarios/seed-instance.yaml?raw';

const tg = 'tg:default/domain-ingress-location-api:80';

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
    },
    {
      id: 'controller-starts',
      show: { events: { kind: 'controller-started' }, until: { kind: 'sts-call' } },
    },
    {
      id: 'watch',
      show: { events: { kind: 'watch' }, until: { kind: 'enqueue' } },
      focus: ['ingress:default/domain-ingress'],
    },
    { id: 'model', show: { events: { kind: 'model-built' } } },
    {
      id: 'aws-calls',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
        until: { kind: 'aws-call', operation: 'CreateRule' },
      },
    },
    {
      id: 'binding-and-status',
      show: { events: { kind: 'tgb-written' }, until: { kind: 'k8s-event' } },
      focus: ['ingress:default/domain-ingress'],
    },
    {
      id: 'register-targets',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'aws-call', operation: 'RegisterTargets' },
      },
      focus: [tg],
    },
    {
      id: 'targets-healthy',
      show: {
        events: { kind: 'target-health', state: 'healthy' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
    },
    {
      id: 'dns-and-client',
      show: { hops: { at: 'dns' }, until: { at: 'client', direction: 'request' } },
    },
    {
      id: 'alb-routes',
      show: { hops: { at: 'alb' }, until: { at: 'target-group', direction: 'request' } },
    },
    {
      id: 'node-to-pod',
      show: { hops: { at: 'node' }, until: { at: 'pod', direction: 'request' } },
    },
    {
      id: 'response',
      show: {
        hops: { at: 'pod', direction: 'response' },
        until: { at: 'client', direction: 'response' },
      },
    },
  ],
  quiz: [
    { id: 'registered', kind: 'registered-target' },
    { id: 'next-hop', kind: 'next-hop', urls: ['https://api.example.com/location'] },
    { id: 'ingress-hop', kind: 'choice', options: ['no', 'yes'], answer: 'no' },
  ],
});
