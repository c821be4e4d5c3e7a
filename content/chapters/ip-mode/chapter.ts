import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from '../../scenarios/seed-instance.yaml?raw';

const tg = 'tg:default/domain-ingress-location-api:80';

/** At 30 s location-api becomes a plain ClusterIP Service: no nodePort any more (reference §5.2). */
const clusterIpService = `- at: 30s
  apply: |
    apiVersion: v1
    kind: Service
    metadata:
      name: location-api
      namespace: default
    spec:
      type: ClusterIP
      selector:
        app: domain-api
      ports:
        - name: http
          protocol: TCP
          port: 80
          targetPort: 8000
`;

/**
 * The seeds' setup with target type ip (the mode sets the Ingress's target-type annotation):
 * pod IPs registered directly, why the VPC CNI makes that possible, what leaves the packet's
 * path (reference §5.2, §6.2, §6.3, §9.3, §12c).
 */
export default defineChapter({
  id: 'ip-mode',
  scenario: { name: 'content/scenarios/seed-instance.yaml', text: scenario },
  defaultMode: 'ip',
  modes: ['instance', 'ip'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  variants: {
    'cluster-ip': {
      actions: clusterIpService,
      tell: ['action', 'model-built', 'aws-call', 'tgb-written', 'k8s-event'],
    },
  },
  steps: [
    {
      id: 'same-setup',
      show: { still: 'start' },
      focus: ['ingress:default/domain-ingress', 'service:default/location-api'],
    },
    {
      id: 'target-group-port',
      show: {
        events: { kind: 'model-built' },
        until: { kind: 'aws-call', operation: 'CreateTargetGroup' },
      },
      focus: [tg],
    },
    {
      id: 'pod-ips-registered',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'aws-call', operation: 'RegisterTargets' },
      },
      focus: [tg],
    },
    {
      id: 'why-pod-ips-route',
      show: { still: { kind: 'aws-call', operation: 'RegisterTargets' } },
      focus: [
        'node:k8s-api-domain',
        'node:k8s-api-domain-2',
        'pod:default/domain-api-1',
        'pod:default/domain-api-3',
      ],
    },
    {
      id: 'health-checks-reach-pods',
      show: {
        events: { kind: 'target-health', state: 'healthy' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
    },
    {
      id: 'alb-picks-a-pod',
      show: { hops: { at: 'alb' }, until: { at: 'target-group', direction: 'request' } },
      focus: [tg],
    },
    {
      id: 'through-the-node-kernel',
      show: { hops: { at: 'node', direction: 'request' } },
    },
    {
      id: 'what-leaves-the-path',
      show: {
        hops: { at: 'node', direction: 'request' },
        until: { at: 'pod', direction: 'request' },
      },
    },
    {
      id: 'reply',
      show: {
        hops: { at: 'pod', direction: 'response' },
        until: { at: 'client', direction: 'response' },
      },
    },
    {
      id: 'clusterip-service',
      variant: 'cluster-ip',
      show: { events: { kind: 'action' }, until: { kind: 'k8s-event', nth: 2 } },
      focus: ['service:default/location-api'],
    },
  ],
  quiz: [
    { id: 'registered', kind: 'registered-target' },
    { id: 'next-hop', kind: 'next-hop', urls: ['https://api.example.com/location'] },
    {
      id: 'still-on-path',
      kind: 'choice',
      options: ['nodeport', 'dnat', 'conntrack', 'cross-node'],
      answer: 'conntrack',
    },
  ],
});
