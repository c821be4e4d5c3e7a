import { CONTROLLER_STORY, defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const lb = 'lb:default/domain-ingress';
const tg = 'tg:default/domain-ingress-location-api:80';
const enis = ['eni:k8s-api-domain', 'eni:k8s-api-domain-2'];
/** The ALB's two groups, and the nodes' group on each node's ENI. */
const managedSg = 'sg:default/domain-ingress/managed';
const backendSg = 'sg:default/domain-ingress/backend';
const nodeSgs = ['sg-node:k8s-api-domain', 'sg-node:k8s-api-domain-2'];
const backend = 'k8s-traffic-mycluster-4cbfcec96c';
/** What the nodes' group lets in, as its card writes it. */
const nodeRules = (ports: readonly number[]) => ports.map((p) => `${p} ← ${backend}`).join(', ');
const nodeSgsLetIn = (mode: 'instance' | 'ip', ports: readonly number[]) =>
  nodeSgs.map((id) => ({ id, mode, rules: nodeRules(ports) }));
const target = (group: string, address: string) => `target:${group}/${address}`;
const nodeTargets = ['i-0aaaaaaaaaaaaaaaa:31666', 'i-0bbbbbbbbbbbbbbbb:31666'].map((a) =>
  target('default/domain-ingress-location-api:80', a),
);
const podIps = ['10.0.1.101', '10.0.1.102', '10.0.2.103', '10.0.2.104'];
const podTargets = podIps.map((ip) =>
  target('default/domain-ingress-location-api:80', `${ip}:8000`),
);
/** The variants tell the what-if too. */
const tell = [...CONTROLLER_STORY, 'action'] as const;
const marked = (...ids: string[]) => ids.map((id) => ({ id, emphasised: true as const }));
const inMode = (mode: 'instance' | 'ip', ids: readonly string[], state: string) =>
  ids.map((id) => ({ id, mode, state }));

/**
 * The partner team's ALB: the same application, but the load balancer's security group is the
 * team's own (`security-groups`, §3.1). Its target type is written in the manifest (ip), so it
 * reads the same in both modes of the page. `manage` adds `manage-backend-security-group-rules`.
 */
const partnerIngress = (manage: boolean) => `- at: 30s
  apply: |
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: partner-ingress
      namespace: default
      annotations:
        alb.ingress.kubernetes.io/scheme: internet-facing
        alb.ingress.kubernetes.io/target-type: ip
        alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-west-2:123456789012:certificate/1f0c3a52-7d1e-4c1b-9a57-3e8b2f6d4c10
        alb.ingress.kubernetes.io/security-groups: sg-0c0ffee0c0ffee000${
          manage
            ? '\n        alb.ingress.kubernetes.io/manage-backend-security-group-rules: "true"'
            : ''
        }
    spec:
      ingressClassName: alb
      rules:
        - host: partner.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: location-api
                    port:
                      number: 80
`;

/**
 * Security groups around the seeds' setup (reference §2.1 step 5.1, §2.3 step 5, §2.4, §3.1
 * `security-groups` and `inbound-cidrs`, §5.1 names): the managed group on the ALB, the cluster's
 * shared backend group, the rule each TargetGroupBinding adds to the nodes' group (NodePort in
 * instance mode, the pod's port in ip mode), and a second ALB with the team's own group.
 */
export default defineChapter({
  id: 'security-groups',
  scenario: { name: 'content/chapters/security-groups/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  // The rule on the nodes' group opens the NodePort in instance mode and the pod's port in ip mode.
  modes: ['instance', 'ip'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  variants: {
    'own-groups': { actions: partnerIngress(false), untilMs: 45_000, tell },
    'own-groups-managed-rules': { actions: partnerIngress(true), untilMs: 45_000, tell },
  },
  steps: [
    {
      id: 'backend-group',
      show: {
        events: { kind: 'model-built' },
        until: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
      },
      focus: ['controller', backendSg],
      // The first group is the cluster's shared one; no load balancer or target group yet.
      shows: [
        ...marked('controller', backendSg),
        { id: managedSg, absent: true },
        { id: lb, absent: true },
        { id: tg, absent: true },
      ],
    },
    {
      id: 'managed-group',
      show: {
        events: { kind: 'aws-call', operation: 'CreateSecurityGroup', nth: 2 },
        until: { kind: 'aws-call', operation: 'AuthorizeSecurityGroupIngress' },
      },
      focus: ['ingress:default/domain-ingress', 'client', managedSg],
      // The managed group opens the listen port 443 to 0.0.0.0/0; still no ALB.
      shows: [
        ...marked('ingress:default/domain-ingress', 'client', managedSg),
        { id: managedSg, rules: '443 ← 0.0.0.0/0' },
        { id: lb, absent: true },
      ],
    },
    {
      id: 'groups-on-the-alb',
      show: {
        events: { kind: 'aws-call', operation: 'CreateTargetGroup' },
        until: { kind: 'aws-call', operation: 'CreateLoadBalancer' },
      },
      focus: [lb, managedSg, backendSg],
      // The ALB is created with both groups; no listener yet, no target registered, and the
      // nodes' group has no rule for it yet.
      shows: [
        ...marked(lb, tg, managedSg, backendSg),
        ...nodeSgs.map((id) => ({ id, rules: '—' })),
        { id: 'listener:default/domain-ingress/443', absent: true },
        ...nodeTargets.map((id) => ({ id, mode: 'instance' as const, absent: true as const })),
        ...podTargets.map((id) => ({ id, mode: 'ip' as const, absent: true as const })),
      ],
    },
    {
      id: 'node-rule',
      show: {
        events: { kind: 'tgb-written' },
        until: { kind: 'aws-call', operation: 'AuthorizeSecurityGroupIngress', nth: 2 },
      },
      focus: [...enis, ...nodeSgs, tg],
      // The binding opens the nodes' group before it registers anything.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80', emphasised: true },
        ...marked(...enis, ...nodeSgs, tg),
        ...nodeSgsLetIn('instance', [31666]),
        ...nodeSgsLetIn('ip', [8000]),
        ...nodeTargets.map((id) => ({ id, mode: 'instance' as const, absent: true as const })),
        ...podTargets.map((id) => ({ id, mode: 'ip' as const, absent: true as const })),
      ],
    },
    {
      id: 'targets-healthy',
      show: {
        events: { kind: 'aws-call', operation: 'RegisterTargets' },
        until: { kind: 'target-health', state: 'healthy', nth: -1 },
      },
      focus: [tg],
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        { id: tg, mode: 'instance', healthy: 2, total: 2 },
        { id: tg, mode: 'ip', healthy: 4, total: 4 },
        ...inMode('instance', nodeTargets, 'healthy'),
        ...inMode('ip', podTargets, 'healthy'),
      ],
    },
    {
      id: 'where-groups-apply',
      show: {
        hops: { at: 'alb', direction: 'request' },
        until: { at: 'node', direction: 'request' },
      },
      focus: ['eni:k8s-api-domain-2', managedSg, nodeSgs[1]!],
      // The request enters the ALB on 443 and reaches k8s-api-domain-2's ENI on 31666 or 8000;
      // the managed group and the nodes' group are the two checks.
      shows: [
        ...marked(lb, 'node:k8s-api-domain-2', managedSg, nodeSgs[1]!),
        { id: nodeTargets[1]!, mode: 'instance', emphasised: true },
        { id: podTargets[2]!, mode: 'ip', emphasised: true },
      ],
    },
    {
      id: 'pod-groups',
      show: { still: 'end' },
      focus: [
        'pod:default/domain-api-3',
        'pod:default/domain-api-4',
        'eni:k8s-api-domain-2',
        nodeSgs[1]!,
      ],
      // The pods sit on their node's ENI: the simulator has no branch ENIs of their own.
      shows: marked(
        'pod:default/domain-api-3',
        'pod:default/domain-api-4',
        'eni:k8s-api-domain-2',
        nodeSgs[1]!,
      ),
    },
    {
      id: 'own-groups',
      variant: 'own-groups',
      // From the controller's model on: the apply itself is the partner team's, not drawn.
      show: {
        events: { kind: 'model-built', nth: -1 },
        until: { kind: 'aws-call', operation: 'CreateRule', nth: -1 },
      },
      // What a what-if applies is not drawn: the narration tells the partner ALB's calls, and the
      // diagram keeps domain-ingress's ALB and groups as they were.
      focus: ['controller'],
      // A second ALB, created without a single security-group call; domain-ingress's stays.
      shows: [...marked('controller'), { id: lb }, { id: tg }],
    },
    {
      id: 'no-rule-for-it',
      variant: 'own-groups',
      show: {
        events: { kind: 'tgb-written', nth: -1 },
        until: { kind: 'aws-call', operation: 'RegisterTargets', nth: -1 },
      },
      focus: ['controller'],
      // Its pod IPs are registered with no rule added: the nodes' group is drawn unchanged.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        ...marked('controller'),
        ...nodeSgsLetIn('instance', [31666]),
        ...nodeSgsLetIn('ip', [8000]),
      ],
    },
    {
      id: 'managed-rules',
      variant: 'own-groups-managed-rules',
      show: {
        events: { kind: 'tgb-written', nth: -1 },
        until: { kind: 'aws-call', operation: 'RegisterTargets', nth: -1 },
      },
      focus: [...enis, ...nodeSgs],
      // instance: the binding opens 8000 from the backend group; ip: 8000 is open already.
      shows: [
        { id: 'tgb:default/domain-ingress-location-api:80' },
        ...marked(...enis, ...nodeSgs),
        ...nodeSgsLetIn('instance', [31666, 8000]),
        ...nodeSgsLetIn('ip', [8000]),
      ],
    },
  ],
  quiz: [
    {
      id: 'which-rule',
      kind: 'choice',
      options: [
        'nodeport-from-backend',
        'targetport-from-backend',
        'nodeport-from-anywhere',
        'listener-port',
      ],
      answer: 'nodeport-from-backend',
    },
    {
      id: 'own-group-timeouts',
      kind: 'choice',
      options: ['open-node-group', 'open-443', 'raise-threshold', 'inbound-cidrs'],
      answer: 'open-node-group',
    },
    {
      id: 'how-many-groups',
      kind: 'choice',
      options: ['two-managed-one-shared', 'two-and-two', 'one-shared-only'],
      answer: 'two-managed-one-shared',
    },
  ],
});
