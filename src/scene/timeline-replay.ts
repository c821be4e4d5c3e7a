import type { PlanTarget, SimEvent } from '../simulator/index.ts';
import type { ScenePod } from './scene-input.ts';
import { diagramId } from './diagram-ids.ts';
import { serviceDetailOfManifest } from './service-detail.ts';
import { CurrentGroups, type TargetGroupGenerations } from './target-group-generations.ts';
import { bindingWritten, withBindingFocus } from './target-group-bindings.ts';
import { defaultActionWritten } from './listener-writes.ts';
import { ruleWritten, type RuleWrite } from './rule-forwards.ts';
import { seeProxySync, type ProxyRules } from './kube-proxy-rules.ts';

/**
 * The state of the cluster and AWS after the first events of a timeline, replayed from its
 * start: what the scene of a moment is drawn from (timeline-scene.ts).
 */
export interface StepState {
  created: Set<string>;
  /** What each Service's card says after a change to it (its type, its NodePorts). */
  services: Map<string, string>;
  /** Security groups created so far, by name. */
  groups: Set<string>;
  /** Inbound rules added so far, by group name (or, for the nodes' group, its ID). */
  rules: Map<string, { port: number; source: string }[]>;
  targets: Map<string, PlanTarget['health'] | null>;
  pods: Map<string, ScenePod['state'] | 'gone'>;
  /** Each node's Ready condition, and each Service's ready endpoints, as last reported. */
  nodes: Map<string, 'True' | 'False' | 'Unknown'>;
  endpoints: Map<string, number>;
  /** The group (diagram id) each rule forwards to, as its last CreateRule or ModifyRule said. */
  forwards: Map<string, string>;
  /** What the last CreateRule or ModifyRule wrote to each rule (its conditions, its action). */
  ruleWrites: Map<string, RuleWrite>;
  /** The focus of the last replayed event, its groups as the replay knows them. */
  focus: string[];
  /** Ingresses and Services that exist now, by diagram id, as the API server's watch told. */
  present: Set<string>;
  /** The reason of each object's last Warning event, by diagram id, until a Normal one. */
  warnings: Map<string, string>;
  /** The TargetGroupBindings written so far and not deleted, by diagram id. */
  bindings: Set<string>;
  /** The address each Ingress's status holds (its load balancer's DNS name), by diagram id. */
  addresses: Map<string, string>;
  /** Each listener's default action as CreateListener or ModifyListener last wrote it, by row id. */
  defaultActions: Map<string, string>;
  /** The default-action rows the last replayed event changed (a ModifyListener that rewrote one). */
  rewritten: string[];
  /** The target (diagram id) that left its group with the last replayed event, if one did. */
  leftGroup: string | null;
  /** Each node's kube-proxy rules by Service, as its last sync wrote them (none yet: as at start). */
  proxy: ProxyRules;
}

export function replay(
  events: readonly SimEvent[],
  index: number,
  generations: TargetGroupGenerations,
): StepState {
  const current = new CurrentGroups(generations);
  const state: StepState = {
    created: new Set(),
    services: new Map(),
    groups: new Set(),
    rules: new Map(),
    targets: new Map(),
    pods: new Map(),
    nodes: new Map(),
    endpoints: new Map(),
    forwards: new Map(),
    ruleWrites: new Map(),
    focus: [],
    present: new Set(),
    warnings: new Map(),
    bindings: new Set(),
    addresses: new Map(),
    defaultActions: new Map(),
    rewritten: [],
    leftGroup: null,
    proxy: new Map(),
  };
  for (const event of events.slice(0, index + 1)) {
    current.see(event);
    const focus = withBindingFocus(event, current.focusOf(event));
    state.focus = focus;
    const binding = bindingWritten(event, generations.keyOfName);
    if (binding?.exists) state.bindings.add(binding.id);
    else if (binding) state.bindings.delete(binding.id);
    if (event.kind === 'status-updated')
      state.addresses.set(objectId(event.object), event.hostname);
    state.rewritten = [];
    for (const write of defaultActionWritten(event)) {
      const before = state.defaultActions.get(write.id);
      if (before !== undefined && before !== write.label) state.rewritten.push(write.id);
      state.defaultActions.set(write.id, write.label);
    }
    for (const write of ruleWritten(event, generations.keyOfName)) {
      state.ruleWrites.set(write.rule, write);
      if (write.group === null) state.forwards.delete(write.rule);
      else state.forwards.set(write.rule, write.group);
    }
    if (event.kind === 'watch' && /^(Ingress|Service)$/.test(event.objectKind)) {
      const id = `${event.objectKind.toLowerCase()}:${event.object}`;
      if (event.verb === 'DELETED') {
        state.present.delete(id);
        state.warnings.delete(id);
        state.addresses.delete(id);
      } else state.present.add(id);
    }
    if (event.kind === 'k8s-event') {
      const id = objectId(event.object);
      if (event.type === 'Warning') state.warnings.set(id, event.reason);
      else state.warnings.delete(id);
    }
    if (event.kind === 'watch' && event.objectKind === 'Service' && event.after) {
      const detail = serviceDetailOfManifest(event.after);
      if (detail) state.services.set(event.object, detail);
    }
    if (event.kind === 'aws-call' && event.ok && event.operation === 'CreateSecurityGroup')
      state.groups.add(String(event.request.GroupName ?? ''));
    if (
      event.kind === 'aws-call' &&
      event.ok &&
      event.operation === 'AuthorizeSecurityGroupIngress'
    )
      state.rules.set(securityGroupOf(event.request), [
        ...(state.rules.get(securityGroupOf(event.request)) ?? []),
        ...ingressOf(event.request),
      ]);
    if (
      event.kind === 'aws-call' &&
      event.ok &&
      /^Create(LoadBalancer|Listener|Rule|TargetGroup)$/.test(event.operation)
    )
      for (const id of focus) state.created.add(id);
    if (
      event.kind === 'aws-call' &&
      event.ok &&
      /^Delete(TargetGroup|LoadBalancer|Listener|Rule)$/.test(event.operation)
    )
      for (const id of focus) {
        state.created.delete(id);
        // A listener goes with its rules (AWS deletes them with it).
        if (id.startsWith('listener:'))
          for (const rule of [...state.created])
            if (rule.startsWith(`rule:${id.slice('listener:'.length)}/`))
              state.created.delete(rule);
      }
    state.leftGroup = null;
    if (event.kind === 'target-health') {
      const id = diagramId.target(current.keyOf(event.targetGroup), ...splitTarget(event.target));
      if (event.after === null && state.targets.get(id)) state.leftGroup = id;
      state.targets.set(id, event.after);
    }
    seeProxySync(state.proxy, event);
    if (event.kind === 'node') state.nodes.set(event.node, event.ready);
    if (event.kind === 'endpoints') state.endpoints.set(event.service, event.ready);
    if (event.kind === 'pod') {
      const phase = event.phase;
      const next =
        phase === 'deleted' || phase === 'exited'
          ? 'gone'
          : phase === 'ready'
            ? 'ready'
            : phase === 'terminating' || phase === 'sigterm' || phase === 'prestop-done'
              ? 'terminating'
              : phase === 'created'
                ? 'pending'
                : 'not-ready';
      state.pods.set(event.pod, next);
    }
  }
  return state;
}

/** An event's object (`Ingress default/x`) as its diagram id (`ingress:default/x`). */
export const objectId = (object: string): string => {
  const [kind = '', key = ''] = object.split(' ');
  return `${kind.toLowerCase()}:${key}`;
};

/** The group an EC2 security-group call names: its name, or the ID of the nodes' group. */
export const securityGroupOf = (request: Record<string, unknown>): string =>
  String(request.GroupName ?? request.GroupId ?? '');

/** The rules an AuthorizeSecurityGroupIngress call adds: port and source (CIDR or group). */
function ingressOf(request: Record<string, unknown>): { port: number; source: string }[] {
  const permissions = Array.isArray(request.IpPermissions) ? request.IpPermissions : [];
  return permissions.flatMap((raw: unknown) => {
    const p = raw as {
      FromPort?: number;
      IpRanges?: { CidrIp: string }[];
      Ipv6Ranges?: { CidrIpv6: string }[];
      UserIdGroupPairs?: { GroupName?: string; GroupId?: string }[];
    };
    const sources = [
      ...(p.IpRanges ?? []).map((r) => r.CidrIp),
      ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
      ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupName ?? g.GroupId ?? ''),
    ];
    return sources.map((source) => ({ port: Number(p.FromPort ?? 0), source }));
  });
}

/** A target's id and port, from `id:port` (an IPv4 address or an instance ID, then the port). */
const splitTarget = (target: string): [string, number] => {
  const [id = '', port = '0'] = target.split(/:(?=\d+$)/);
  return [id, Number(port)];
};
