import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const alb = 'lb:shop';
const tg = 'tg:default/location-ingress-location-api:80';
const target = (address: string) => `target:default/location-ingress-location-api:80/${address}`;
const nodeTargets = ['i-0aaaaaaaaaaaaaaaa:31666', 'i-0bbbbbbbbbbbbbbbb:31666'].map(target);
const podTargets = ['10.0.1.101', '10.0.1.102', '10.0.2.103', '10.0.2.104'].map((ip) =>
  target(`${ip}:8000`),
);
const inMode = (mode: 'instance' | 'ip', ids: readonly string[], state?: string) =>
  ids.map((id) => ({ id, mode, ...(state ? { state } : {}) }));

/**
 * Past Ingress rules (reference §1.1, §1.2 and §14b IngressClassParams, §2.3 the binding's
 * reconcile, §5.2 serviceRef.port, §0 Gateway API): class parameters that beat annotations and
 * keep a namespace out, the TargetGroupBinding the controller writes and reconciles — the part a
 * hand-written binding for an outside load balancer keeps — and what the simulator leaves out.
 */
export default defineChapter({
  id: 'beyond-ingress',
  scenario: { name: 'content/chapters/beyond-ingress/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance', 'ip'],
  request: { url: 'http://api.example.com/location', seed: 12 },
  steps: [
    {
      id: 'class-and-params',
      show: { still: 'start' },
      focus: ['ingressclass:alb-public', 'ingress:default/location-ingress'],
      shows: [
        { id: 'ingressclass:alb-public', emphasised: true },
        { id: 'ingress:default/location-ingress', emphasised: true },
        { id: alb, absent: true },
      ],
    },
    {
      id: 'params-win',
      show: {
        events: { kind: 'enqueue' },
        until: { kind: 'aws-call', operation: 'CreateLoadBalancer' },
      },
      focus: [alb],
      shows: [{ id: alb, emphasised: true }, { id: tg }],
    },
    {
      id: 'binding-written',
      show: {
        events: { kind: 'aws-call', operation: 'CreateListener' },
        until: { kind: 'tgb-written' },
      },
      focus: [tg],
      // The binding exists; nothing is registered yet.
      shows: [
        { id: 'tgb:default/location-ingress-location-api:80', emphasised: true },
        { id: tg, emphasised: true },
        ...nodeTargets.map((id) => ({ id, mode: 'instance' as const, absent: true as const })),
        ...podTargets.map((id) => ({ id, mode: 'ip' as const, absent: true as const })),
      ],
    },
    {
      id: 'binding-registers',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
      shows: [
        { id: 'tgb:default/location-ingress-location-api:80', emphasised: true },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
        ...inMode('instance', nodeTargets, 'healthy'),
        ...inMode('ip', podTargets, 'healthy'),
      ],
    },
    {
      id: 'outside-load-balancers',
      show: { still: 'end' },
      focus: [tg],
      shows: [
        { id: 'tgb:default/location-ingress-location-api:80' },
        { id: tg, emphasised: true },
        ...inMode('instance', nodeTargets),
        ...inMode('ip', podTargets),
      ],
    },
    {
      id: 'gateway-api',
      show: { still: 'end' },
      focus: [alb],
      shows: [
        { id: 'tgb:default/location-ingress-location-api:80' },
        { id: alb, emphasised: true },
      ],
    },
  ],
  quiz: [
    {
      id: 'which-alb',
      kind: 'choice',
      options: ['joins-shop', 'own-internal', 'fails'],
      answer: 'joins-shop',
    },
    {
      id: 'named-target-port',
      kind: 'choice',
      options: ['pods-8000', 'pods-1', 'pods-80', 'nodes-31666'],
      answer: 'pods-8000',
    },
    {
      id: 'service-ref-port',
      kind: 'choice',
      options: ['service-port', 'node-port', 'target-port'],
      answer: 'service-port',
    },
  ],
});
