import { sha256Hex } from '../../util/sha256.ts';

/** A stable fake AWS request id, shaped like a UUID. */
export function requestId(seed: string): string {
  const h = sha256Hex(`request:${seed}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** How the controller's AWS SDK for Go v2 (LBC ≥ v2.9) renders a failed ELBv2 call. */
export const elbv2Error = (
  operation: string,
  status: number,
  code: string,
  message: string,
  seed: string,
): string =>
  `operation error Elastic Load Balancing v2: ${operation}, https response error StatusCode: ${status}, RequestID: ${requestId(seed)}, ${code}: ${message}`;

/** The ELBv2 quota errors (§10; texts from the ELBv2 API reference's error descriptions). */
export const QUOTA_ERRORS = {
  listeners: [
    'TooManyListeners',
    "You've reached the limit on the number of listeners per load balancer.",
  ],
  certificates: [
    'TooManyCertificates',
    "You've reached the limit on the number of certificates per load balancer.",
  ],
  rules: ['TooManyRules', "You've reached the limit on the number of rules per load balancer."],
  targetGroups: [
    'TooManyUniqueTargetGroupsPerLoadBalancer',
    "You've reached the limit on the number of unique target groups per load balancer across all listeners. If a target group is used by multiple actions for a load balancer, it is counted as only one use.",
  ],
  targets: ['TooManyTargets', "You've reached the limit on the number of targets."],
} as const;

/** What STS answers AssumeRoleWithWebIdentity when IRSA is broken (§8). */
export interface StsError {
  status: 400 | 403;
  code: string;
  message: string;
  /** A modelled STS exception prints `Code: message`; an unmodelled one `api error Code: message`. */
  modeled: boolean;
}

/** A stable fake EKS OIDC issuer URL for the cluster (32 upper-case hex digits, as EKS makes them). */
export const oidcIssuer = (clusterName: string, region: string): string =>
  `https://oidc.eks.${region}.amazonaws.com/id/${sha256Hex(`oidc:${clusterName}`).slice(0, 32).toUpperCase()}`;

/**
 * §8: `trust` — the role's trust policy (sub/aud conditions) rejects the token: 403 AccessDenied;
 * `oidc` — no IAM OIDC provider is registered for the issuer: 400 InvalidIdentityToken.
 */
export function stsError(failure: 'trust' | 'oidc', issuer: string): StsError {
  return failure === 'oidc'
    ? {
        status: 400,
        code: 'InvalidIdentityToken',
        message: `No OpenIDConnect provider found in your account for ${issuer}`,
        modeled: true,
      }
    : {
        status: 403,
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        modeled: false,
      };
}

/** The STS error a cluster's IRSA setting leads to before any credentials exist, if any. */
export const irsaStsError = (
  failure: string,
  settings: { clusterName: string; region: string },
): StsError | null =>
  failure === 'trust' || failure === 'oidc'
    ? stsError(failure, oidcIssuer(settings.clusterName, settings.region))
    : null;

export const renderStsError = (e: StsError): string =>
  `${e.modeled ? '' : 'api error '}${e.code}: ${e.message}`;

/** §8: the STS failure every AWS call hits when no credentials can be obtained (SDK v2 wording). */
export const webIdentityError = (
  operation: string,
  service: string,
  seed: string,
  sts: StsError = stsError('trust', ''),
): string =>
  `operation error ${service}: ${operation}, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: ${sts.status}, RequestID: ${requestId(seed)}, ${renderStsError(sts)}`;

/** §8: the role was assumed but its policy lacks an action (an outdated IAM policy). */
export const accessDeniedError = (
  operation: string,
  accountId: string,
  role: string,
  action: string,
  resource: string,
  seed: string,
): string =>
  `operation error Elastic Load Balancing v2: ${operation}, https response error StatusCode: 403, RequestID: ${requestId(seed)}, api error AccessDenied: User: arn:aws:sts::${accountId}:assumed-role/${role}/${requestId(`${seed}:session`).slice(0, 19).replace(/-/g, '')} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
