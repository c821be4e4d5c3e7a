import { defineChapter } from '../../../src/lesson/define-chapter.ts';
import scenario from './scenario.yaml?raw';

const ingress = 'ingress:default/domain-ingress';

/**
 * IRSA for the controller (reference §8): the setup outside the cluster (OIDC provider, policy,
 * role), the annotated ServiceAccount, the projected token, STS AssumeRoleWithWebIdentity and the
 * first AWS call; then the same start with the trust or the permissions broken.
 */
export default defineChapter({
  id: 'irsa',
  scenario: { name: 'content/chapters/irsa/scenario.yaml', text: scenario },
  defaultMode: 'instance',
  // Credentials and permissions read the same in both target types: one mode, no toggle.
  modes: ['instance'],
  request: { url: 'https://api.example.com/location', seed: 12 },
  variants: {
    // Both break after the pod has read its token and before its STS call returns.
    trust: { actions: '- at: 100ms\n  breakIrsa: trust\n', untilMs: 60_000 },
    permission: { actions: '- at: 100ms\n  breakIrsa: permission\n', untilMs: 60_000 },
  },
  steps: [
    {
      id: 'why-irsa',
      show: { still: 'start' },
      focus: ['controller', 'serviceaccount', 'iam', 'sts', 'oidc'],
    },
    { id: 'oidc-provider', show: { still: 'start' }, focus: ['oidc', 'apiserver'] },
    { id: 'policy-and-role', show: { still: 'start' }, focus: ['iam', 'oidc'] },
    {
      id: 'annotated-serviceaccount',
      show: { still: 'start' },
      focus: ['serviceaccount', 'iam'],
    },
    {
      id: 'projected-token',
      show: { events: { kind: 'controller-started' }, until: { kind: 'irsa-token' } },
      focus: ['serviceaccount'],
    },
    {
      id: 'assume-role',
      show: { events: { kind: 'sts-call' } },
      focus: ['oidc', 'iam'],
    },
    {
      id: 'watch-is-rbac',
      show: { events: { kind: 'watch' }, until: { kind: 'enqueue' } },
      focus: ['apiserver', 'serviceaccount'],
    },
    {
      id: 'first-aws-call',
      show: {
        events: { kind: 'model-built' },
        until: { kind: 'aws-call', operation: 'CreateSecurityGroup' },
      },
      focus: ['iam'],
    },
    {
      id: 'trust-denied',
      variant: 'trust',
      show: {
        events: { kind: 'sts-call' },
        until: { kind: 'k8s-event', reason: 'FailedBuildModel' },
      },
      focus: ['oidc', 'iam', ingress],
    },
    {
      id: 'trust-retries',
      variant: 'trust',
      show: { events: { kind: 'retry-scheduled' }, until: { kind: 'retry-scheduled', nth: 4 } },
      focus: [ingress],
    },
    {
      id: 'permission-denied',
      variant: 'permission',
      show: {
        events: { kind: 'sts-call' },
        until: { kind: 'aws-call', operation: 'CreateTargetGroup' },
      },
      focus: ['iam'],
    },
    {
      id: 'permission-event',
      variant: 'permission',
      show: {
        events: { kind: 'k8s-event', reason: 'FailedDeployModel' },
        until: { kind: 'retry-scheduled' },
      },
      focus: [ingress, 'iam'],
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
      id: 'annotated-later',
      kind: 'choice',
      options: ['picked-up', 'restart-pod', 'reapply-ingress'],
      answer: 'restart-pod',
    },
  ],
});
