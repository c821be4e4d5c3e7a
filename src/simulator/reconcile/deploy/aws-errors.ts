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

/** §8: the STS failure every AWS call hits when the role's trust policy rejects the token. */
export const webIdentityError = (operation: string, service: string, seed: string): string =>
  `operation error ${service}: ${operation}, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: ${requestId(seed)}, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity`;

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
