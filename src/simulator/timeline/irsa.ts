import { irsaStsError, oidcIssuer } from '../reconcile/deploy/aws-errors.ts';
import { CONTROLLER_ROLE } from '../reconcile/deploy/deploy-stack.ts';
import { at, emit, say, type Sim } from './sim.ts';
import { snapshotWorld } from './snapshot.ts';
import { TIMINGS } from './timings.ts';

/** §8: when the controller pod starts, it exchanges its projected token for credentials. */
export function startController(sim: Sim, then: () => void, podName?: string): void {
  const world = snapshotWorld(sim);
  const pod = world.pods.find(
    (p) =>
      (podName === undefined || `${p.meta.namespace}/${p.meta.name}` === podName) &&
      p.meta.namespace === 'kube-system' &&
      p.meta.labels['app.kubernetes.io/name'] === 'aws-load-balancer-controller',
  );
  const sa = world.serviceAccounts.find(
    (s) => s.meta.namespace === 'kube-system' && s.meta.name === 'aws-load-balancer-controller',
  );
  const name =
    podName ??
    (pod ? `${pod.meta.namespace}/${pod.meta.name}` : 'kube-system/aws-load-balancer-controller');
  // A pod the manifests do not contain (an app pasted on its own) runs on no node we know of.
  const node = pod?.nodeName ? pod.nodeName : null;
  emit(
    sim,
    { kind: 'controller-started', pod: name, node },
    say(node === null ? 'controller.startedAssumed' : 'controller.started', { pod: name }),
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
    // §8 step 6: the token's audience is sts.amazonaws.com and it names no role; the role comes
    // from AWS_ROLE_ARN, which the pod identity webhook set from the ServiceAccount annotation.
    say('irsa.projectedToken', { roleArn, audience: 'sts.amazonaws.com', tokenPath }),
    ['controller', 'serviceaccount'],
  );
  at(
    sim,
    sim.nowMs + (TIMINGS.awsCall.AssumeRoleWithWebIdentity ?? 150),
    'AssumeRoleWithWebIdentity',
    () => {
      const sts = irsaStsError(sim.aws.irsaFailure, world.settings);
      const ok = sts === null;
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
            : { Error: `${sts.code}: ${sts.message}`, StatusCode: String(sts.status) },
        },
        // §8: only a trust-policy mismatch is AccessDenied; a missing OIDC provider is its own story.
        sts?.code === 'InvalidIdentityToken'
          ? say('irsa.noOidcProvider', {
              roleArn,
              issuer: oidcIssuer(world.settings.clusterName, world.settings.region),
            })
          : say(ok ? 'irsa.credentials' : 'irsa.denied', { roleArn }),
        ['controller', 'sts'],
      );
      then();
    },
  );
}
