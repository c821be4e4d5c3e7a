import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from '../../scenarios/seed-instance.yaml?raw';

const tg = 'tg:default/domain-ingress-location-api:80';
const target = (address: string) => `target:default/domain-ingress-location-api:80/${address}`;
const nodeTargets = ['i-0aaaaaaaaaaaaaaaa:31666', 'i-0bbbbbbbbbbbbbbbb:31666'].map(target);
const podTargets = ['10.0.1.101', '10.0.1.102', '10.0.2.103', '10.0.2.104'].map((ip) =>
  target(`${ip}:8000`),
);
/** The second group of the id: the one the controller creates when the live Ingress switches. */
const switchedTg = `${tg}~2`;
const inMode = (mode: 'instance' | 'ip', ids: readonly string[], state: string) =>
  ids.map((id) => ({ id, mode, state }));

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
    // Traffic on a live Ingress whose target type switches into the mode being read (§5.1, §9.1).
    'switch-target-type': {
      switchTargetType: { ingress: 'default/domain-ingress', at: '30s' },
      actions: `- at: 20s
  traffic: { url: https://api.example.com/location, rps: 50, duration: 40s }
`,
      untilMs: 70_000,
      tell: ['action', 'aws-call', 'tgb-written', 'target-health', 'traffic'],
    },
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
      shows: [
        ...[1, 2, 3, 4].map((n) => ({ id: `pod:default/domain-api-${n}` })),
        { id: 'node:k8s-api-domain' },
        { id: 'node:k8s-api-domain-2' },
        { id: 'ingress:default/domain-ingress', emphasised: true },
        { id: 'service:default/location-api', emphasised: true, detail: 'NodePort 31666' },
      ],
    },
    {
      id: 'target-group-port',
      show: {
        events: { kind: 'model-built' },
        until: { kind: 'aws-call', operation: 'CreateTargetGroup' },
      },
      focus: [tg],
      // CreateTargetGroup: the group appears, with no targets yet.
      shows: [{ id: tg, emphasised: true, total: 0 }],
    },
    {
      id: 'switching-target-type',
      variant: 'switch-target-type',
      // The live Ingress switches into the mode being read: a new, empty group, and rule 1 moved to it.
      show: {
        events: { kind: 'action', action: 'set-target-type' },
        until: { kind: 'aws-call', operation: 'ModifyRule' },
      },
      // What ModifyRule rewrote: rule 1, and the new, empty group it now forwards to (the group
      // it leaves, no longer forwarded to, is faded).
      focus: ['rule:default/domain-ingress/443/1', switchedTg],
      // Both groups: the old one still holds the other type's targets, the new one none.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        { id: 'rule:default/domain-ingress/443/1', emphasised: true },
        { id: tg, mode: 'ip', total: 2, healthy: 2 },
        { id: tg, mode: 'instance', total: 4, healthy: 4 },
        { id: switchedTg, total: 0, emphasised: true },
      ],
    },
    {
      id: 'switch-503-gap',
      variant: 'switch-target-type',
      // The old group is deleted and its binding goes with it; the step holds in the gap, at the
      // run's first second with 503s: rule 1 forwards to the new group, which has no targets yet.
      show: {
        events: { kind: 'aws-call', operation: 'DeleteTargetGroup' },
        until: { kind: 'traffic', nth: 11 },
      },
      focus: [switchedTg],
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80~2', emphasised: true },
        { id: 'tgb:default/domain-ingress-location-api:80', absent: true },
        { id: tg, absent: true },
        { id: switchedTg, total: 0, emphasised: true },
      ],
    },
    {
      id: 'pod-ips-registered',
      show: {
        events: { kind: 'aws-call', operation: 'DescribeTargetHealth' },
        until: { kind: 'aws-call', operation: 'RegisterTargets' },
      },
      focus: [tg],
      // ip: one target per pod on 8000; instance: one per node on 31666.
      shows: [
        { id: tg, mode: 'ip', total: 4, emphasised: true },
        { id: tg, mode: 'instance', total: 2, emphasised: true },
        ...inMode('ip', podTargets, 'initial'),
        ...inMode('instance', nodeTargets, 'initial'),
      ],
    },
    {
      id: 'why-pod-ips-route',
      show: { still: { kind: 'aws-call', operation: 'RegisterTargets' } },
      // The ENIs carry the pods' IPs as secondary addresses (VPC CNI): they are the answer.
      focus: [
        'eni:k8s-api-domain',
        'eni:k8s-api-domain-2',
        'pod:default/domain-api-1',
        'pod:default/domain-api-3',
      ],
      shows: [
        { id: 'eni:k8s-api-domain', emphasised: true },
        { id: 'eni:k8s-api-domain-2', emphasised: true },
        { id: 'pod:default/domain-api-1', emphasised: true },
        { id: 'pod:default/domain-api-3', emphasised: true },
        ...podTargets.map((id) => ({ id, mode: 'ip' as const })),
      ],
    },
    {
      id: 'health-checks-reach-pods',
      show: {
        events: { kind: 'target-health', state: 'healthy' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
      // Each target turns from initial to healthy.
      shows: [
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        ...inMode('ip', podTargets, 'healthy'),
        ...inMode('instance', nodeTargets, 'healthy'),
      ],
    },
    {
      id: 'alb-picks-a-pod',
      show: { hops: { at: 'alb' }, until: { at: 'target-group', direction: 'request' } },
      focus: [tg],
      // The listener, rule 1, and the target the ALB chooses: a pod (ip) or a node (instance).
      shows: [
        { id: 'listener:default/domain-ingress/443', emphasised: true },
        { id: 'rule:default/domain-ingress/443/1', emphasised: true },
        { id: tg, emphasised: true },
        { id: target('10.0.2.103:8000'), mode: 'ip', emphasised: true },
        { id: target('i-0bbbbbbbbbbbbbbbb:31666'), mode: 'instance', emphasised: true },
      ],
    },
    {
      id: 'through-the-node-kernel',
      show: { hops: { at: 'node', direction: 'request' } },
      shows: [{ id: 'node:k8s-api-domain-2', emphasised: true }],
    },
    {
      id: 'what-leaves-the-path',
      show: {
        hops: { at: 'node', direction: 'request' },
        until: { at: 'pod', direction: 'request' },
      },
      // ip: the pod the ALB chose; instance: kube-proxy on k8s-api-domain-2 picks domain-api-1.
      shows: [
        { id: 'pod:default/domain-api-3', mode: 'ip', emphasised: true },
        { id: 'kube-proxy:k8s-api-domain-2', mode: 'instance', emphasised: true },
        { id: 'node:k8s-api-domain', mode: 'instance', emphasised: true },
        { id: 'pod:default/domain-api-1', mode: 'instance', emphasised: true },
      ],
    },
    {
      id: 'reply',
      show: {
        hops: { at: 'pod', direction: 'response' },
        until: { at: 'client', direction: 'response' },
      },
      // instance: back through k8s-api-domain-2, where conntrack undoes the rewrites.
      shows: [
        { id: 'client', emphasised: true },
        { id: 'pod:default/domain-api-3', mode: 'ip', emphasised: true },
        { id: 'kube-proxy:k8s-api-domain-2', mode: 'instance', emphasised: true },
      ],
    },
    {
      id: 'clusterip-service',
      variant: 'cluster-ip',
      show: { events: { kind: 'action' }, until: { kind: 'k8s-event', nth: 2 } },
      focus: ['service:default/location-api'],
      // ip: nothing to change, the pod targets stay; instance: the build fails, nothing changes.
      // The Service's card turns from NodePort 31666 to ClusterIP.
      shows: [
        { id: 'service:default/location-api', emphasised: true, detail: 'ClusterIP' },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
        ...inMode('ip', podTargets, 'healthy'),
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        // instance: the controller records FailedBuildModel on the Ingress; ip: nothing to warn of.
        { id: 'ingress:default/domain-ingress', mode: 'instance', warning: 'FailedBuildModel' },
        { id: 'ingress:default/domain-ingress', mode: 'ip', warning: null },
      ],
    },
    {
      id: 'why-ip-mode',
      show: { still: 'end' },
      focus: [tg, 'pod:default/domain-api-1', 'pod:default/domain-api-3'],
      // The reasons gathered, over the settled main run: each target a pod (ip) or a node (instance).
      shows: [
        { id: tg, mode: 'ip', healthy: 4, total: 4, emphasised: true },
        ...inMode('ip', podTargets, 'healthy'),
        { id: tg, mode: 'instance', healthy: 2, total: 2, emphasised: true },
        ...inMode('instance', nodeTargets, 'healthy'),
      ],
    },
  ],
  quiz: [
    { id: 'registered', kind: 'registered-target' },
    {
      id: 'target-group-port',
      kind: 'choice',
      options: ['pod-8000-node-31666', 'both-80', 'both-31666', 'pod-31666-node-8000'],
      answer: 'pod-8000-node-31666',
    },
    {
      id: 'still-on-path',
      kind: 'choice',
      options: ['nodeport', 'dnat', 'conntrack', 'cross-node'],
      answer: 'conntrack',
    },
  ],
});
