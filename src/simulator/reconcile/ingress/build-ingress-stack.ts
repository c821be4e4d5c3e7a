import { err, ok, type Result } from '../../util/result.ts';
import type { World } from '../../world/world.ts';
import { AnnotationReader } from '../annotations.ts';
import {
  backendSecurityGroupName,
  loadBalancerDnsName,
  managedSecurityGroupName,
} from '../naming.ts';
import type { StackModel } from '../stack-model.ts';
import type { PlanListener } from '../../aws/plan.ts';
import type { IngressBuildContext } from './build-context.ts';
import { buildListener } from './build-listener.ts';
import { buildLoadBalancerSpec } from './build-load-balancer.ts';
import {
  computeMemberListenPorts,
  mergeListenPortConfigs,
  type ListenPortConfig,
} from './listen-ports.ts';
import type { GroupMember, IngressGroup } from './load-groups.ts';
import { buildSslRedirectPort } from './ssl-redirect.ts';

function deletionProtected(group: IngressGroup): Result<string | null> {
  for (const ing of group.deleting) {
    const attributes = new AnnotationReader(ing.meta.annotations).stringMap(
      'load-balancer-attributes',
    );
    if (!attributes.ok) return attributes;
    const value = attributes.value?.['deletion_protection.enabled'];
    if (value === undefined) continue;
    if (
      !['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(
        value,
      )
    ) {
      return err(`strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
    }
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return ok(ing.meta.name);
  }
  return ok(null);
}

/**
 * §2.1 step 4 (`model_builder.go` `run`): listen ports per member, merged per port, then the
 * load balancer, ssl-redirect, and each listener with its rules and target groups.
 * Returns null when the group has no active member (nothing to build).
 */
export function buildIngressStack(world: World, group: IngressGroup): Result<StackModel | null> {
  const protectedName = deletionProtected(group);
  if (!protectedName.ok) return protectedName;
  if (protectedName.value)
    return err(`deletion_protection is enabled, cannot delete the ingress: ${protectedName.value}`);
  if (group.members.length === 0) return ok(null);

  const configsByPort = new Map<number, { key: string; config: ListenPortConfig }[]>();
  const membersByPort = new Map<number, GroupMember[]>();
  for (const member of group.members) {
    const ports = computeMemberListenPorts(member, world.settings.acmCertificates);
    if (!ports.ok) return err(`ingress: ${member.key}: ${ports.error}`);
    for (const [port, config] of ports.value) {
      configsByPort.set(port, [...(configsByPort.get(port) ?? []), { key: member.key, config }]);
      membersByPort.set(port, [...(membersByPort.get(port) ?? []), member]);
    }
  }
  const sortedPorts = [...configsByPort.keys()].sort((a, b) => a - b);
  const merged = new Map<number, ListenPortConfig>();
  for (const port of sortedPorts) {
    const result = mergeListenPortConfigs(
      configsByPort.get(port)!,
      world.settings.flags.defaultSSLPolicy,
    );
    if (!result.ok)
      return err(`failed to merge listenPort config for port: ${port}: ${result.error}`);
    merged.set(port, result.value);
  }

  const lb = buildLoadBalancerSpec(group, world.settings);
  if (!lb.ok) return lb;
  const sslRedirectPort = buildSslRedirectPort(group, merged);
  if (!sslRedirectPort.ok) return sslRedirectPort;

  const ctx: IngressBuildContext = {
    world,
    group,
    stack: group.id,
    loadBalancer: lb.value,
    sslRedirectPort: sslRedirectPort.value,
    targetGroups: new Map(),
  };
  const listeners: PlanListener[] = [];
  for (const port of sortedPorts) {
    const listener = buildListener(ctx, port, merged.get(port)!, membersByPort.get(port)!);
    if (!listener.ok) return listener;
    listeners.push(listener.value);
  }

  const members = group.members.map((m) => `Ingress ${m.key}`);
  const ipv6 = lb.value.ipAddressType.startsWith('dualstack');
  const settings = world.settings;
  // §3.1 `security-groups`: the user's groups replace the managed one (and its inbound CIDRs);
  // backend rules are then managed only when `manage-backend-security-group-rules` is "true".
  const readers = group.members.map((m) => new AnnotationReader(m.ing.meta.annotations));
  const userGroups = readers.some((r) => r.has('security-groups'));
  const manageBackend =
    !userGroups || readers.some((r) => r.string('manage-backend-security-group-rules') === 'true');
  return ok({
    stack: group.id,
    members,
    loadBalancer: {
      stack: group.id,
      name: lb.value.name,
      type: 'application',
      scheme: lb.value.scheme,
      ipAddressType: lb.value.ipAddressType,
      sources: members,
      group: group.explicit ? group.id : null,
      dnsName: loadBalancerDnsName(
        lb.value.name,
        lb.value.scheme,
        world.settings.region,
        'application',
      ),
      attributes: lb.value.attributes,
    },
    listeners,
    targetGroups: [...ctx.targetGroups.values()].map((tg) =>
      lb.value.zones ? { ...tg, zones: lb.value.zones } : tg,
    ),
    securityGroups: {
      managed: userGroups
        ? null
        : {
            name: managedSecurityGroupName(settings.clusterName, group.id, group.explicit),
            // IPv6 ranges only on a dual-stack load balancer (`buildManagedSecurityGroupIngressPermissions`).
            ingress: sortedPorts.flatMap((port) =>
              merged
                .get(port)!
                .inboundCidrs.filter((cidr) => ipv6 || !cidr.includes(':'))
                .map((cidr) => ({ port, cidr })),
            ),
          },
      backend: manageBackend ? backendSecurityGroupName(settings.clusterName) : null,
    },
  });
}
