import type { PlanAction, PlanListener, PlanLoadBalancer, SimEvent } from '../simulator/index.ts';
import { defaultActionOf } from './listener-writes.ts';
import { forwardedGroups, ruleWritten } from './rule-forwards.ts';
import type { SceneInput, SceneSecurityGroups } from './scene-input.ts';

type AwsCall = Extract<SimEvent, { kind: 'aws-call' }>;

const succeeded = (event: SimEvent, operation: string): event is AwsCall =>
  event.kind === 'aws-call' && event.ok && event.operation === operation;

/** The diagram id an event's focus names with `prefix` (`lb:`, `listener:`), without it. */
const named = (event: SimEvent, prefix: string): string | undefined =>
  event.focus.find((f) => f.startsWith(prefix))?.slice(prefix.length);

/** A listener as CreateListener writes it: its port, protocol and default action. */
function listenerOf(call: AwsCall, keyOfName: ReadonlyMap<string, string>): PlanListener | null {
  const request = call.request as { Port?: number; Protocol?: string };
  const action = defaultActionOf(call.request);
  if (typeof request.Port !== 'number' || !action) return null;
  // A default action that forwards names the group by its AWS name; the scene keys it.
  const defaultAction: PlanAction =
    action.type === 'forward' && 'targetGroup' in action
      ? { ...action, targetGroup: keyOfName.get(action.targetGroup) ?? action.targetGroup }
      : action;
  return {
    port: request.Port,
    protocol: String(request.Protocol ?? 'HTTP') as PlanListener['protocol'],
    certificateArns: [],
    sslPolicy: null,
    defaultAction,
    rules: [],
  };
}

/** The CIDR rules the stack's AuthorizeSecurityGroupIngress calls open on its managed group. */
function inboundOf(calls: readonly SimEvent[], group: string): { port: number; cidr: string }[] {
  return calls.flatMap((e) => {
    if (!succeeded(e, 'AuthorizeSecurityGroupIngress') || e.request.GroupName !== group) return [];
    const permissions = Array.isArray(e.request.IpPermissions) ? e.request.IpPermissions : [];
    return permissions.flatMap((raw: unknown) => {
      const p = raw as { FromPort?: number; IpRanges?: { CidrIp: string }[] };
      return (p.IpRanges ?? []).map((r) => ({ port: Number(p.FromPort ?? 0), cidr: r.CidrIp }));
    });
  });
}

export interface CreatedLoadBalancers {
  loadBalancers: PlanLoadBalancer[];
  /** Their managed groups (and the cluster's shared backend group they carry). */
  securityGroups: SceneSecurityGroups['loadBalancers'][number][];
  /** Their private addresses and the addresses their DNS names resolve to, by stack. */
  ips: Record<string, string>;
  frontIps: Record<string, string>;
}

/**
 * The load balancers a run creates that the plan it starts from does not have: an Ingress that
 * moves to a new IngressGroup gets an ALB of its own (reference §2.4). Each is read off the calls
 * of its stack: CreateLoadBalancer (name, type, scheme), CreateListener (port, protocol, default
 * action; its rules are added like any rule the run creates), the members its model was built
 * for, the DNS name AWS gives it (the one its Ingresses' status takes, §2.1 step 6), and the
 * managed security group CreateSecurityGroup and AuthorizeSecurityGroupIngress made for it (and
 * the cluster's shared backend group, which a managed group comes with: §3.1 security-groups).
 * One is drawn whole or not at all: one whose rules forward to a group the diagram does not draw
 * (`groups`, the target groups' keys) is left to the narration.
 */
export function loadBalancersCreatedDuringTheRun(
  base: SceneInput,
  events: readonly SimEvent[],
  keyOfName: ReadonlyMap<string, string>,
  groups: ReadonlySet<string>,
): CreatedLoadBalancers {
  const known = new Set(base.plan.loadBalancers.map((lb) => lb.stack));
  // Its DNS name and addresses come with the run's scene input (worked out where the simulator
  // runs); without them it is not drawn.
  const addressed = base.network?.createdLoadBalancers ?? {};
  const backend =
    base.securityGroups?.nodes?.backend ??
    base.securityGroups?.loadBalancers.find((g) => g.backend)?.backend ??
    null;
  const created: CreatedLoadBalancers = {
    loadBalancers: [],
    securityGroups: [],
    ips: {},
    frontIps: {},
  };
  for (const event of events) {
    if (!succeeded(event, 'CreateLoadBalancer')) continue;
    const stack = named(event, 'lb:');
    if (stack === undefined || known.has(stack)) continue;
    known.add(stack);
    const mine = events.filter((e) => 'key' in e && e.key === event.key);
    const forwardsTo = mine.flatMap((e) => ruleWritten(e, keyOfName)).map((w) => w.group);
    if (forwardsTo.some((group) => group !== null && !groups.has(group.slice('tg:'.length))))
      continue;
    const model = [...mine].reverse().find((e) => e.kind === 'model-built');
    const name = String(event.request.Name ?? stack);
    const type = event.request.Type === 'network' ? 'network' : 'application';
    const scheme = event.request.Scheme === 'internet-facing' ? 'internet-facing' : 'internal';
    const listeners = mine
      .filter((e) => succeeded(e, 'CreateListener') && named(e, 'listener:') !== undefined)
      .flatMap((e) => listenerOf(e as AwsCall, keyOfName) ?? [])
      .sort((a, b) => a.port - b.port);
    if (listeners.some((l) => forwardedGroups(l.defaultAction).some((key) => !groups.has(key))))
      continue;
    const addresses = addressed[name];
    if (!addresses) continue;
    const lb: PlanLoadBalancer = {
      stack,
      name,
      type,
      scheme,
      ipAddressType: 'ipv4',
      sources: (model?.focus ?? [])
        .filter((f) => f.startsWith('ingress:'))
        .map((f) => f.slice('ingress:'.length)),
      // An implicit group is named after its one Ingress (`namespace/name`), §2.1 step 1.
      group: stack.includes('/') ? null : stack,
      dnsName: addresses.dnsName,
      listeners,
    };
    created.loadBalancers.push(lb);
    created.ips[stack] = addresses.privateIp;
    created.frontIps[stack] = addresses.frontIp;
    const managed = mine.find((e) => succeeded(e, 'CreateSecurityGroup'));
    const managedName = managed?.kind === 'aws-call' ? String(managed.request.GroupName ?? '') : '';
    // With groups the user named (no managed group), which ones it carries is not in the calls.
    if (type === 'application' && managedName)
      created.securityGroups.push({
        stack,
        managed: { name: managedName, ingress: inboundOf(mine, managedName) },
        backend,
      });
  }
  return created;
}
