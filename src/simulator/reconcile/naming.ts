import { sha256Hex } from '../util/sha256.ts';

/** Deletes every character that is not an ASCII letter or digit (the controller's `[[:^alnum:]]`). */
export const sanitize = (text: string): string => text.replace(/[^A-Za-z0-9]/g, '');

/** Lower-case hex SHA-256 over the concatenation of the parts, first 10 characters. */
export const nameHash = (...parts: readonly string[]): string =>
  sha256Hex(parts.join('')).slice(0, 10);

/** `k8s-%.8s-%.8s-%.10s` (§5.1). */
export const namespacedResourceName = (namespace: string, name: string, hash: string): string =>
  `k8s-${sanitize(namespace).slice(0, 8)}-${sanitize(name).slice(0, 8)}-${hash}`;

/** ALB of an explicit IngressGroup: `k8s-%.17s-%.10s` (§5.1). */
export const explicitGroupResourceName = (groupName: string, hash: string): string =>
  `k8s-${sanitize(groupName).slice(0, 17)}-${hash}`;

/**
 * The managed load-balancer security group of an IngressGroup (`model_build_managed_sg.go`):
 * the ALB's name shapes, hashed over clusterName and the group ID only (no scheme).
 */
export function managedSecurityGroupName(
  clusterName: string,
  groupId: string,
  explicit: boolean,
): string {
  const hash = nameHash(clusterName, groupId);
  if (explicit) return explicitGroupResourceName(groupId, hash);
  const [namespace = '', name = ''] = groupId.split('/');
  return namespacedResourceName(namespace, name, hash);
}

/** The cluster's shared backend security group (§5.1, `backend_sg_provider.go`). */
export const backendSecurityGroupName = (clusterName: string): string =>
  `k8s-traffic-${sanitize(clusterName).slice(0, 232)}-${nameHash(clusterName)}`;

/** A stable fake ID for the security group EKS puts on the nodes' (and pods') ENIs. */
export const nodeSecurityGroupId = (clusterName: string): string =>
  `sg-0${sha256Hex(`cluster-sg:${clusterName}`).slice(0, 16)}`;

/**
 * The DNS name AWS assigns, lower-cased, with `internal-` in front for internal load balancers
 * (§5.1): `<name>-<digits>.<region>.elb.amazonaws.com` for an ALB (or CLB) and
 * `<name>-<hex>.elb.<region>.amazonaws.com` for an NLB. The number is a stable fake.
 */
export function loadBalancerDnsName(
  name: string,
  scheme: string,
  region: string,
  type: 'application' | 'network' | 'classic',
): string {
  const hash = sha256Hex(`dns:${name}`);
  const prefix = scheme === 'internal' ? 'internal-' : '';
  const host =
    type === 'network'
      ? `${name}-${hash.slice(0, 16)}.elb.${region}.amazonaws.com`
      : `${name}-${String(parseInt(hash.slice(0, 12), 16)).slice(0, 10)}.${region}.elb.amazonaws.com`;
  return `${prefix}${host}`.toLowerCase();
}

export const loadBalancerArn = (
  accountId: string,
  region: string,
  type: 'application' | 'network',
  name: string,
): string =>
  `arn:aws:elasticloadbalancing:${region}:${accountId}:loadbalancer/${type === 'application' ? 'app' : 'net'}/${name}/${sha256Hex(`arn:${name}`).slice(0, 16)}`;

export const targetGroupArn = (accountId: string, region: string, name: string): string =>
  `arn:aws:elasticloadbalancing:${region}:${accountId}:targetgroup/${name}/${sha256Hex(`arn:${name}`).slice(0, 16)}`;
