import { CONTROLLER_ROLE } from '../reconcile/deploy/deploy-stack.ts';
import { at, emit, say, type Sim } from './sim.ts';
import { snapshotWorld } from './snapshot.ts';
import { TIMINGS } from './timings.ts';

/** §8: when the controller pod starts, it exchanges its projected token for credentials. */
export function startController(sim: Sim, then: () => void): void {
  const world = snapshotWorld(sim);
  const pod = world.pods.find(
    (p) =>
      p.meta.namespace === 'kube-system' &&
      p.meta.labels['app.kubernetes.io/name'] === 'aws-load-balancer-controller',
  );
  const sa = world.serviceAccounts.find(
    (s) => s.meta.namespace === 'kube-system' && s.meta.name === 'aws-load-balancer-controller',
  );
  const podName = pod
    ? `${pod.meta.namespace}/${pod.meta.name}`
    : 'kube-system/aws-load-balancer-controller';
  emit(
    sim,
    { kind: 'controller-started', pod: podName, node: pod?.nodeName ?? '' },
    say('controller.started', { pod: podName }),
    ['controller'],
  );
  const roleArn =
    sa?.meta.annotations['eks.amazonaws.com/role-arn'] ??
    `arn:aws:iam::${world.settings.accountId}:role/${CONTROLLER_ROLE}`;
  const tokenPath = '/var/run/secrets/eks.amazonaws.com/serviceaccount/token';
  emit(
    sim,
    {
      kind: 'irsa-token',
      serviceAccount: 'kube-system/aws-load-balancer-controller',
      roleArn,
      tokenPath,
      audience: 'sts.amazonaws.com',
    },
    say('irsa.token', { roleArn }),
    ['controller', 'serviceaccount'],
  );
  at(
    sim,
    sim.nowMs + (TIMINGS.awsCall.AssumeRoleWithWebIdentity ?? 150),
    'AssumeRoleWithWebIdentity',
    () => {
      const ok = sim.aws.irsaFailure !== 'trust';
      sim.controller.credentials = ok;
      emit(
        sim,
        {
          kind: 'sts-call',
          operation: 'AssumeRoleWithWebIdentity',
          request: {
            RoleArn: roleArn,
            WebIdentityToken: `(${tokenPath})`,
            RoleSessionName: 'aws-load-balancer-controller',
          },
          ok,
          response: ok
            ? {
                AssumedRoleUser: `arn:aws:sts::${world.settings.accountId}:assumed-role/${roleArn.split('/').at(-1)}/aws-load-balancer-controller`,
                Credentials: 'AccessKeyId, SecretAccessKey, SessionToken, Expiration',
              }
            : {
                Error: 'AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
                StatusCode: '403',
              },
        },
        say(ok ? 'irsa.credentials' : 'irsa.denied', { roleArn }),
        ['controller', 'sts'],
      );
      then();
    },
  );
}
