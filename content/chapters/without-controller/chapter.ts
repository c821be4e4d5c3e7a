import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const svc = 'service:default/location-api';
const clb = 'lb:default/location-api';
const instances = 'tg:in-tree:default/location-api:80';
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
    },
    { id: 'who-builds-it', show: { still: 'start' }, focus: [svc, clb] },
    {
      id: 'listener-and-instances',
      show: { still: 'start' },
      focus: ['listener:default/location-api/80', instances],
    },
    {
      id: 'dns-and-client',
      show: { hops: { at: 'dns' }, until: { at: 'client', direction: 'request' } },
    },
    { id: 'clb-listener', show: { hops: { at: 'clb' }, until: { at: 'listener' } } },
    {
      id: 'clb-to-nodeport',
      show: { hops: { at: 'clb', nth: 2 }, until: { at: 'node', direction: 'request' } },
    },
    { id: 'kube-proxy', show: { hops: { at: 'kube-proxy', direction: 'request' } } },
    {
      id: 'to-the-pod',
      show: {
        hops: { at: 'node', direction: 'request', nth: 2 },
        until: { at: 'pod', direction: 'request' },
      },
    },
    {
      id: 'response',
      show: {
        hops: { at: 'pod', direction: 'response' },
        until: { at: 'client', direction: 'response' },
      },
    },
    { id: 'with-the-controller', show: { still: 'end' }, focus: [clb, instances] },
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
