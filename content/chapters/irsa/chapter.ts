import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const ingress = 'ingress:default/domain-ingress';
const marked = (...ids: string[]) => ids.map((id) => ({ id, emphasised: true as const }));
/** Nothing of the load balancer exists in AWS. */
const noStack = [
  'lb:default/domain-ingress',
  'listener:default/domain-ingress/443',
  'rule:default/domain-ingress/443/1',
  'tg:default/domain-ingress-location-api:80',
].map((id) => ({ id, absent: true as const }));

/**
 * IRSA for the controller (reference §8): the setup outside the cluster (OIDC provider, policy,
 * role), the annotated ServiceAccount, the projected token, STS AssumeRoleWithWebIdentity and the
 * first AWS call; then the same start with the OIDC provider missing, the trust or the permissions
 * broken; and the other two routes, EKS Pod Identity and the node role (IMDSv2 hop limit).
 */
export default defineChapter({
  id: 'irsa',
  scenario: { name: 'content/chapters/irsa/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  // Credentials and permissions read the same in both target types: one mode, no toggle.
  modes: ['instance'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  variants: {
    // All three break after the pod has read its token and before its STS call returns.
    oidc: { actions: '- at: 100ms\n  breakIrsa: oidc\n', untilMs: 60_000 },
    trust: { actions: '- at: 100ms\n  breakIrsa: trust\n', untilMs: 60_000 },
    permission: { actions: '- at: 100ms\n  breakIrsa: permission\n', untilMs: 60_000 },
  },
  steps: [
    {
      id: 'why-irsa',
      show: { still: 'start' },
      focus: ['controller', 'serviceaccount', 'iam', 'sts', 'oidc'],
      shows: marked('oidc', 'iam', 'serviceaccount', 'controller', 'sts'),
    },
    {
      id: 'oidc-provider',
      show: { still: 'start' },
      focus: ['oidc', 'apiserver'],
      shows: marked('oidc', 'apiserver'),
    },
    {
      id: 'policy-and-role',
      show: { still: 'start' },
      focus: ['iam', 'oidc'],
      shows: marked('iam', 'oidc'),
    },
    {
      id: 'annotated-serviceaccount',
      show: { still: 'start' },
      focus: ['serviceaccount', 'iam'],
      shows: marked('serviceaccount', 'iam'),
    },
    {
      id: 'projected-token',
      show: { events: { kind: 'controller-started' }, until: { kind: 'irsa-token' } },
      focus: ['serviceaccount'],
      shows: marked('controller', 'serviceaccount'),
    },
    {
      id: 'assume-role',
      show: { events: { kind: 'sts-call' } },
      focus: ['oidc', 'iam'],
      shows: marked('sts', 'oidc', 'iam'),
    },
    {
      id: 'watch-is-rbac',
      show: { events: { kind: 'watch' }, until: { kind: 'enqueue' } },
      focus: ['apiserver', 'serviceaccount'],
      shows: marked('apiserver', 'serviceaccount', ingress),
    },
    {
      id: 'first-aws-call',
      show: {
        events: { kind: 'model-built' },
        until: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
      },
      focus: ['iam'],
      // The first write is the security group: no load balancer or target group yet.
      shows: [...marked('iam', ingress), ...noStack],
    },
    {
      id: 'oidc-missing',
      variant: 'oidc',
      show: {
        events: { kind: 'sts-call' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: ['oidc', 'sts', ingress],
      // STS can't verify the token; the watch still works; FailedBuildModel; nothing in AWS.
      shows: [
        ...marked('sts', 'oidc', 'apiserver', ingress),
        { id: ingress, warning: 'FailedBuildModel' },
        ...noStack,
      ],
    },
    {
      id: 'trust-denied',
      variant: 'trust',
      show: {
        events: { kind: 'sts-call' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: ['oidc', 'iam', ingress],
      // STS refuses; the watch still works; FailedBuildModel on the Ingress; nothing in AWS.
      shows: [
        ...marked('sts', 'oidc', 'iam', 'apiserver', ingress),
        { id: ingress, warning: 'FailedBuildModel' },
        ...noStack,
      ],
    },
    {
      id: 'trust-retries',
      variant: 'trust',
      show: { events: { kind: 'retry-scheduled' }, until: { kind: 'retry-scheduled', nth: 4 } },
      focus: [ingress],
      // Nothing is created in AWS: no target group, no ALB.
      shows: [...marked(ingress), { id: ingress, warning: 'FailedBuildModel' }, ...noStack],
    },
    {
      id: 'permission-denied',
      variant: 'permission',
      show: {
        events: { kind: 'sts-call' },
        until: { kind: 'aws-call', operation: 'CreateTargetGroup' },
      },
      focus: ['iam'],
      // STS accepts; CreateTargetGroup fails, so the target group never appears.
      shows: [...marked('sts', 'iam'), ...noStack],
    },
    {
      id: 'permission-event',
      variant: 'permission',
      show: {
        events: { kind: 'k8s-event', reason: 'FailedDeployModel' },
        until: { kind: 'retry-scheduled' },
      },
      focus: [ingress, 'iam'],
      // The target group, the ALB, the listener and the rule don't exist yet.
      shows: [...marked(ingress, 'iam'), { id: ingress, warning: 'FailedDeployModel' }, ...noStack],
    },
    {
      id: 'other-routes',
      show: { still: 'end' },
      focus: ['controller', 'serviceaccount', 'iam', 'node:k8s-api-domain'],
      shows: marked('controller', 'serviceaccount', 'iam', 'node:k8s-api-domain'),
    },
  ],
  quiz: [
    {
      id: 'fix-trust',
      kind: 'choice',
      options: ['trust-policy', 'permissions-policy', 'cluster-role', 'node-role'],
      answer: 'trust-policy',
    },
    {
      id: 'who-grants-watch',
      kind: 'choice',
      options: ['iam-policy', 'cluster-role', 'oidc-provider'],
      answer: 'cluster-role',
    },
    {
      id: 'hop-limit',
      kind: 'choice',
      options: ['no-imds', 'works', 'falls-back'],
      answer: 'no-imds',
    },
    {
      id: 'annotated-later',
      kind: 'choice',
      options: ['picked-up', 'restart-pod', 'reapply-ingress'],
      answer: 'restart-pod',
    },
  ],
});
