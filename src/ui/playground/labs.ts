import etpLocal from '../../../content/playground/labs/etp-local.yaml?raw';
import everyNode from '../../../content/playground/labs/every-node.yaml?raw';
import irsa from '../../../content/playground/labs/irsa.yaml?raw';
import nlbType from '../../../content/playground/labs/nlb-type.yaml?raw';
import rollingUpdate from '../../../content/playground/labs/rolling-update.yaml?raw';
import webhook from '../../../content/playground/labs/webhook.yaml?raw';
import groupOrder from '../../../content/playground/group-order.yaml?raw';
import instanceClusterIp from '../../../content/playground/instance-clusterip.yaml?raw';
import appIp from '../../../content/playground/app-ip.yaml?raw';
import type { PlaygroundResult } from '../../lesson/playground/run-playground.ts';

export const labIds = [
  'rolling-update',
  'instance-clusterip',
  'etp-local',
  'group-order',
  'nlb-type',
  'irsa',
  'every-node',
  'webhook',
] as const;
export type LabId = (typeof labIds)[number];

/** A lab: manifests and what-ifs that reproduce a real confusion, and a goal the simulator checks. */
export interface Lab {
  id: LabId;
  text: string;
  actions: string;
  url: string;
  /** True once the reader's current result reaches the goal. */
  reached: (result: PlaygroundResult) => boolean;
}

const ingressOfApp = appIp.split('---\n').at(-1) ?? '';
const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

const okPlan = (r: PlaygroundResult) =>
  r.plan !== null && r.plan.errors.length === 0 && r.plan.loadBalancers.length > 0;
const events = (r: PlaygroundResult) => (r.lesson?.ok ? (r.lesson.runs.main?.events ?? []) : []);

export const labs: readonly Lab[] = [
  {
    id: 'rolling-update',
    text: rollingUpdate,
    actions: `- at: 60s
  traffic: { url: http://shop.example.com/, rps: 20, duration: 3m }
- at: 90s
  rollingUpdate: { deployment: shop/web, maxSurge: 1, maxUnavailable: 0, preStopSeconds: 0 }
`,
    url: 'http://shop.example.com/',
    reached: (r) => {
      const byStatus = r.whatIf?.requests.byStatus ?? {};
      const total = r.whatIf?.requests.total ?? 0;
      return total > 0 && Object.keys(byStatus).every((s) => Number(s) >= 200 && Number(s) < 500);
    },
  },
  {
    id: 'instance-clusterip',
    text: instanceClusterIp,
    actions: '',
    url: 'http://shop.example.com/',
    reached: okPlan,
  },
  {
    id: 'etp-local',
    text: etpLocal,
    actions: '',
    url: 'http://web.example.com/',
    reached: (r) =>
      okPlan(r) &&
      r.plan!.targetGroups.every(
        (tg) => tg.targets.length > 0 && tg.targets.every((t) => t.health.state === 'healthy'),
      ),
  },
  {
    id: 'group-order',
    text: groupOrder,
    actions: '',
    url: 'http://shop.example.com/api/orders',
    reached: (r) => {
      const trace = r.lesson?.ok ? r.lesson.runs.main?.trace : undefined;
      return trace?.status === 200 && (trace.summary.targetGroup ?? '').includes('/api-api:');
    },
  },
  {
    id: 'nlb-type',
    text: nlbType,
    actions: '',
    url: 'http://game.example.com:7777/',
    reached: (r) => r.plan?.loadBalancers.some((lb) => lb.type === 'network') ?? false,
  },
  {
    id: 'irsa',
    text: irsa,
    actions: '',
    url: 'http://shop.example.com/',
    reached: okPlan,
  },
  {
    id: 'every-node',
    text: everyNode,
    actions: '',
    url: 'http://web.example.com/',
    reached: (r) =>
      okPlan(r) &&
      r.plan!.targetGroups.every(
        (tg) => tg.targets.length === 1 && tg.targets.every((t) => t.pod !== null),
      ),
  },
  {
    id: 'webhook',
    text: webhook,
    actions: `- at: 0s
  controllerDown: true
- at: 20s
  apply: |
${indent(ingressOfApp)}
- at: 40s
  controllerUp: true
`,
    url: 'http://shop.example.com/',
    reached: (r) => {
      const all = events(r);
      return (
        all.some((e) => e.kind === 'action') &&
        !all.some((e) => e.kind === 'admission-rejected') &&
        all.some((e) => e.kind === 'status-updated')
      );
    },
  },
];
