import type { Scheme } from '../aws/plan.ts';
import { compareStrings } from '../util/compare.ts';
import { err, ok, type Result } from '../util/result.ts';
import type { Settings, Subnet } from '../world/settings.ts';

/** §3.1 subnet discovery: the role tags (`pkg/networking/subnet_resolver.go`). */
export const ROLE_TAG = {
  'internet-facing': 'kubernetes.io/role/elb',
  internal: 'kubernetes.io/role/internal-elb',
} as const;
/** A subnet needs this many free addresses to be chosen for a load balancer. */
const MIN_AVAILABLE_IPS = 8;
const CLUSTER_TAG_PREFIX = 'kubernetes.io/cluster';

type LbType = 'application' | 'network';
const goList = (values: readonly string[]) => `[${values.join(' ')}]`;
const byId = (a: Subnet, b: Subnet) => compareStrings(a.id, b.id);

/** ALBs in Availability Zones need two subnets (feature gate ALBSingleSubnet off); NLBs one. */
function checkMinimalCount(subnets: readonly Subnet[], type: LbType): Result<null> {
  const minimal = type === 'application' ? 2 : 1;
  return subnets.length < minimal
    ? err(`subnets count less than minimal required count: ${subnets.length} < ${minimal}`)
    : ok(null);
}

const ownClusterTag = (s: Subnet, cluster: string) => `${CLUSTER_TAG_PREFIX}/${cluster}` in s.tags;
/** SubnetsClusterTagCheck (default on): a subnet tagged only for other clusters is not ours. */
const eligibleClusterTag = (s: Subnet, cluster: string) =>
  ownClusterTag(s, cluster) || !Object.keys(s.tags).some((k) => k.startsWith(CLUSTER_TAG_PREFIX));

/**
 * `ResolveViaDiscovery`: subnets whose role tag for the scheme is "" or "1"; when none has it,
 * the subnets whose reachability matches (a route to an internet gateway for internet-facing).
 * Then one eligible subnet per zone (own cluster tag first, then by ID).
 */
export function discoverSubnets(
  settings: Settings,
  scheme: Scheme,
  type: LbType,
): Result<Subnet[]> {
  const all = settings.subnets ?? [];
  const role = ROLE_TAG[scheme];
  let candidates = all.filter((s) => s.tags[role] === '' || s.tags[role] === '1');
  if (candidates.length === 0)
    candidates = all.filter((s) => s.public === (scheme === 'internet-facing'));
  const otherCluster = candidates.filter((s) => !eligibleClusterTag(s, settings.clusterName));
  const fewIps = candidates.filter(
    (s) =>
      eligibleClusterTag(s, settings.clusterName) && s.availableIpAddressCount < MIN_AVAILABLE_IPS,
  );
  const eligible = candidates.filter((s) => !otherCluster.includes(s) && !fewIps.includes(s));
  const byZone = new Map<string, Subnet[]>();
  for (const s of eligible) byZone.set(s.zone, [...(byZone.get(s.zone) ?? []), s]);
  const chosen = [...byZone.values()]
    .map(
      (list) =>
        [...list].sort(
          (a, b) =>
            Number(ownClusterTag(b, settings.clusterName)) -
              Number(ownClusterTag(a, settings.clusterName)) || byId(a, b),
        )[0]!,
    )
    .sort(byId);
  if (chosen.length === 0)
    return err(
      `unable to resolve at least one subnet. Evaluated ${candidates.length} subnets: ${otherCluster.length} are tagged for other clusters, and ${fewIps.length} have insufficient available IP addresses`,
    );
  const count = checkMinimalCount(chosen, type);
  return count.ok ? ok(chosen) : count;
}

/** The zones a set of subnets covers, sorted. */
export const zonesOf = (subnets: readonly Subnet[]): string[] =>
  [...new Set(subnets.map((s) => s.zone))].sort();

/** `ResolveViaNameOrIDSlice`: `subnet-…` values are IDs, anything else a Name tag. */
export function resolveNamedSubnets(
  settings: Settings,
  nameOrIds: readonly string[],
  type: LbType,
): Result<Subnet[]> {
  const all = settings.subnets ?? [];
  const ids = nameOrIds.filter((v) => v.startsWith('subnet-'));
  const names = nameOrIds.filter((v) => !v.startsWith('subnet-'));
  const resolved: Subnet[] = [];
  for (const [want, found] of [
    [ids, all.filter((s) => ids.includes(s.id))],
    [names, all.filter((s) => s.tags.Name !== undefined && names.includes(s.tags.Name))],
  ] as const) {
    if (want.length === 0) continue;
    if (found.length !== want.length)
      return err(
        `failed to list subnets by names or IDs: couldn't find all subnets, want: ${goList(want)}, found: ${goList(found.map((s) => s.id))}`,
      );
    resolved.push(...found);
  }
  if (resolved.length === 0) return err('unable to resolve at least one subnet');
  const zones = [...new Set(resolved.map((s) => s.zone))].sort();
  for (const zone of zones) {
    const inZone = resolved.filter((s) => s.zone === zone);
    if (inZone.length > 1)
      return err(
        `multiple subnets in same Availability Zone ${zone}: ${goList(inZone.map((s) => s.id))}`,
      );
  }
  const count = checkMinimalCount(resolved, type);
  return count.ok ? ok(resolved) : count;
}
