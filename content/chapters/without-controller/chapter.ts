import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const svc = 'service:default/location-api';
const clb = 'lb:default/location-api';
const instances = 'tg:in-tree:default/location-api:80';
const instance = (node: string) => `target:in-tree:default/location-api:80/${node}:31666`;
const marked = (...ids: string[]) => ids.map((id) => ({ id, emphasised: true as const }));
/** The CLB's DNS name: `a` + the Service UID without dashes, cut to 32 characters (scenario.yaml). */
const url =
  'http://a3c1e8a7b52d44f9eb0a69d2f41c7e81-1700152771.us-west-2.elb.amazonaws.com/location';

/**
 * Seed 001 §2.1.1 (reference §7, §9.2, §12): no controller, a Service of type LoadBalancer, and
 * the in-tree cloud provider's Classic Load Balancer in front of every node's NodePort. The CLB
 * can only register instances, so the chapter has one mode.
 */
export default defineChapter({
  id: 'without-controller',
  scenario: { name: 'content/chapters/without-controller/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  modes: ['instance'],
  request: { url, seed: 12 },
  // No controller runs here: the steps tell the packet and the world, not the controller's story.
  tell: [],
  steps: [
    {
      id: 'the-setup',
      show: { still: 'start' },
      focus: [svc, 'node:k8s-api-domain', 'node:k8s-api-domain-2'],
      // Four pods on the two workers, and no controller pod.
      shows: [
        ...marked(svc, 'node:k8s-api-domain', 'node:k8s-api-domain-2'),
        ...[1, 2, 3, 4].map((n) => ({ id: `pod:default/domain-api-${n}` })),
        { id: 'controller', absent: true },
      ],
    },
    {
      id: 'who-builds-it',
      show: { still: 'start' },
      focus: [svc, clb],
      // The cloud provider's CLB, already there; no controller pod anywhere.
      shows: [...marked(svc, clb), { id: 'controller', absent: true }],
    },
    {
      id: 'listener-and-instances',
      show: { still: 'start' },
      focus: ['listener:default/location-api/80', instances],
      // One TCP listener, no rule, both nodes registered as instances on 31666.
      shows: [
        ...marked('listener:default/location-api/80', instances),
        { id: 'rule:default/location-api/80/1', absent: true },
        { id: instance('k8s-api-domain') },
        { id: instance('k8s-api-domain-2') },
      ],
    },
    {
      id: 'dns-and-client',
      show: { hops: { at: 'dns' }, until: { at: 'client', direction: 'request' } },
      shows: marked('dns', 'client'),
    },
    {
      id: 'clb-listener',
      show: { hops: { at: 'clb' }, until: { at: 'listener' } },
      shows: marked(clb, 'listener:default/location-api/80'),
    },
    {
      id: 'clb-to-nodeport',
      show: { hops: { at: 'clb', nth: 2 }, until: { at: 'node', direction: 'request' } },
      // The CLB picks k8s-api-domain-2 on its NodePort.
      shows: marked(instance('k8s-api-domain-2'), 'node:k8s-api-domain-2'),
    },
    {
      id: 'kube-proxy',
      show: { hops: { at: 'kube-proxy', direction: 'request' } },
      shows: marked('kube-proxy:k8s-api-domain-2'),
    },
    {
      id: 'to-the-pod',
      show: {
        hops: { at: 'node', direction: 'request', nth: 2 },
        until: { at: 'pod', direction: 'request' },
      },
      // The picked pod, domain-api-1, lives on the other node.
      shows: marked('node:k8s-api-domain', 'pod:default/domain-api-1'),
    },
    {
      id: 'response',
      show: {
        hops: { at: 'pod', direction: 'response' },
        until: { at: 'client', direction: 'response' },
      },
      // Back through k8s-api-domain-2 (conntrack), the CLB, the client.
      shows: marked('pod:default/domain-api-1', 'kube-proxy:k8s-api-domain-2', clb, 'client'),
    },
    {
      id: 'with-the-controller',
      show: { still: 'end' },
      focus: [clb, instances],
      // location-api keeps its CLB.
      shows: marked(clb, instances),
    },
  ],
  quiz: [
    { id: 'next-hop', kind: 'next-hop', urls: [url] },
    {
      id: 'cluster-ip',
      kind: 'choice',
      options: ['through-cluster-ip', 'same-chain', 'straight-to-pod'],
      answer: 'same-chain',
    },
    {
      id: 'webhook',
      kind: 'choice',
      options: ['clb', 'nlb-by-controller', 'nothing'],
      answer: 'nlb-by-controller',
    },
  ],
});
