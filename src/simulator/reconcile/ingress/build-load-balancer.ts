import type { Scheme } from '../../aws/plan.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { Settings, Subnet } from '../../world/settings.ts';
import { discoverSubnets, resolveNamedSubnets, zonesOf } from '../subnets.ts';
import { AnnotationReader, type INGRESS_PREFIX } from '../annotations.ts';
import type { AnnotationSuffix } from '../../annotation-table.ts';
import { explicitGroupResourceName, nameHash, namespacedResourceName } from '../naming.ts';
import type { GroupMember, IngressGroup } from './load-groups.ts';

export interface LoadBalancerSpec {
  name: string;
  scheme: Scheme;
  ipAddressType: string;
  attributes: Record<string, string>;
  /** The zones of the subnets the load balancer was given; null when subnets are not modelled. */
  zones: string[] | null;
}

/** Go prints a sets.String with %v as a map: `map[a:{} b:{}]`. */
const goStringSet = (values: Set<string>) =>
  `map[${[...values]
    .sort()
    .map((v) => `${v}:{}`)
    .join(' ')}]`;

/** Collects one value per member for an Exclusive setting, IngressClassParams first (§1.2). */
function explicitValues(
  members: readonly GroupMember[],
  fromParams: (m: GroupMember) => string | undefined,
  suffix: AnnotationSuffix<typeof INGRESS_PREFIX>,
): Set<string> {
  const values = new Set<string>();
  for (const member of members) {
    const param = fromParams(member);
    if (param) {
      values.add(param);
      continue;
    }
    const raw = new AnnotationReader(member.ing.meta.annotations).string(suffix);
    if (raw !== null) values.add(raw);
  }
  return values;
}

function buildScheme(group: IngressGroup, settings: Settings): Result<Scheme> {
  const schemes = explicitValues(group.members, (m) => m.classConfig.params?.spec.scheme, 'scheme');
  if (schemes.size === 0) return ok(settings.flags.defaultScheme);
  if (schemes.size > 1) return err(`conflicting scheme: ${goStringSet(schemes)}`);
  const [scheme] = schemes;
  return scheme === 'internal' || scheme === 'internet-facing'
    ? ok(scheme)
    : err(`unknown scheme: ${scheme}`);
}

function buildIpAddressType(group: IngressGroup): Result<string> {
  const types = explicitValues(
    group.members,
    (m) => m.classConfig.params?.spec.ipAddressType,
    'ip-address-type',
  );
  if (types.size === 0) return ok('ipv4');
  if (types.size > 1) return err(`conflicting IPAddressType: [${[...types].sort().join(' ')}]`);
  const [type] = types;
  return type === 'ipv4' || type === 'dualstack' || type === 'dualstack-without-public-ipv4'
    ? ok(type)
    : err(`unknown IPAddressType: ${type}`);
}

function buildAttributes(group: IngressGroup): Result<Record<string, string>> {
  const merged: Record<string, string> = {};
  for (const member of group.members) {
    const attributes = new AnnotationReader(member.ing.meta.annotations).stringMap(
      'load-balancer-attributes',
    );
    if (!attributes.ok) return attributes;
    for (const [key, value] of Object.entries(attributes.value ?? {})) {
      const existing = merged[key];
      if (existing !== undefined && existing !== value) {
        return err(`conflicting load balancer attributes ${key}: ${existing} | ${value}`);
      }
      merged[key] = value;
    }
  }
  return ok(merged);
}

function buildName(group: IngressGroup, scheme: Scheme, settings: Settings): Result<string> {
  const names = explicitValues(
    group.members,
    (m) => m.classConfig.params?.spec.loadBalancerName,
    'load-balancer-name',
  );
  if (names.size === 1) {
    const [name] = names as Set<string> & { size: 1 };
    return name!.length > 32
      ? err('load balancer name cannot be longer than 32 characters')
      : ok(name!);
  }
  if (names.size > 1) return err(`conflicting load balancer name: ${goStringSet(names)}`);
  const hash = nameHash(settings.clusterName, group.id, scheme);
  if (group.explicit) return ok(explicitGroupResourceName(group.id, hash));
  const [namespace = '', name = ''] = group.id.split('/');
  return ok(namespacedResourceName(namespace, name, hash));
}

/**
 * §3.1 `subnets` (Exclusive) or discovery (§11 item 7): only when the input models the VPC's
 * subnets (SimulatorSettings `subnets`); otherwise every load balancer finds its subnets.
 */
function buildSubnets(
  group: IngressGroup,
  scheme: Scheme,
  settings: Settings,
): Result<Subnet[] | null> {
  if (settings.subnets === null) return ok(null);
  const explicit = group.members.flatMap((m) => {
    const list = new AnnotationReader(m.ing.meta.annotations).stringList('subnets');
    return list === null ? [] : [list];
  });
  const [chosen, ...others] = explicit;
  if (chosen) {
    const key = (l: string[]) => [...l].sort().join(' ');
    const conflict = others.find((l) => key(l) !== key(chosen));
    if (conflict)
      return err(`conflicting subnets: [${chosen.join(' ')}] | [${conflict.join(' ')}]`);
    return resolveNamedSubnets(settings, chosen, 'application');
  }
  const discovered = discoverSubnets(settings, scheme, 'application');
  return discovered.ok ? discovered : err(`couldn't auto-discover subnets: ${discovered.error}`);
}

/** §3.1 `tags` (Merge): every member's tags (IngressClassParams first) must agree key by key. */
function checkTags(group: IngressGroup): Result<null> {
  const merged: Record<string, string> = {};
  for (const member of group.members) {
    const own = new AnnotationReader(member.ing.meta.annotations).stringMap('tags');
    if (!own.ok) return own;
    const tags = { ...own.value, ...member.classConfig.params?.spec.tags };
    for (const [key, value] of Object.entries(tags)) {
      const existing = merged[key];
      if (existing !== undefined && existing !== value)
        return err(`conflicting tag ${key}: ${existing} | ${value}`);
      merged[key] = value;
    }
  }
  return ok(null);
}

/** §3.1 and §5.1: the ALB's scheme, address type, attributes and name, checked across the group. */
export function buildLoadBalancerSpec(
  group: IngressGroup,
  settings: Settings,
): Result<LoadBalancerSpec> {
  const scheme = buildScheme(group, settings);
  if (!scheme.ok) return scheme;
  const ipAddressType = buildIpAddressType(group);
  if (!ipAddressType.ok) return ipAddressType;
  const subnets = buildSubnets(group, scheme.value, settings);
  if (!subnets.ok) return subnets;
  const attributes = buildAttributes(group);
  if (!attributes.ok) return attributes;
  const tags = checkTags(group);
  if (!tags.ok) return tags;
  const name = buildName(group, scheme.value, settings);
  if (!name.ok) return name;
  return ok({
    name: name.value,
    scheme: scheme.value,
    ipAddressType: ipAddressType.value,
    attributes: attributes.value,
    zones: subnets.value ? zonesOf(subnets.value) : null,
  });
}
