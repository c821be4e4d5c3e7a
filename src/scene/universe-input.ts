import type { SimEvent } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import { objectId } from './timeline-replay.ts';
import type { SceneInput, ScenePod, SceneService, SceneWorkerNode } from './scene-input.ts';
import { serviceOfManifest } from './service-detail.ts';
import { forwardingAsTheRunDoes, ruleWritten, type RuleWrite } from './rule-forwards.ts';
import { ruleLabel } from './rule-text.ts';
import { defaultActionWritten } from './listener-writes.ts';
import { loadBalancersCreatedDuringTheRun } from './created-load-balancers.ts';
import {
  CurrentGroups,
  targetGroupGenerations,
  type TargetGroupGenerations,
} from './target-group-generations.ts';

/**
 * Every element that appears at any point of the timeline: the steady-state input plus targets
 * and pods that come and go (replacements, a new target type). Laying this out once keeps every
 * element in its place from step to step.
 */
export function universeInput(
  base: SceneInput,
  events: readonly SimEvent[],
  generations: TargetGroupGenerations = targetGroupGenerations(base.plan.targetGroups, events),
): SceneInput {
  const current = new CurrentGroups(generations);
  const targetGroups = new Map(
    [...base.plan.targetGroups, ...generations.replacements].map((tg) => [
      tg.id,
      { ...tg, targets: [...tg.targets] },
    ]),
  );
  const pods = new Map(base.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const added: { id: string; node: string | null; pod: string | null }[] = [];
  for (const event of events) {
    current.see(event);
    if (event.kind === 'target-health' && event.before === null) {
      const tg = targetGroups.get(current.keyOf(event.targetGroup));
      const [id = '', port = '0'] = event.target.split(/:(?=\d+$)/);
      if (tg && !tg.targets.some((t) => t.id === id && t.port === Number(port))) {
        const target = {
          id,
          port: Number(port),
          node: null as string | null,
          pod: null as string | null,
          health: event.after ?? { state: 'initial' as const },
        };
        tg.targets.push(target);
        added.push(target);
      }
    }
    if (event.kind === 'pod' && event.phase === 'created' && !pods.has(event.pod)) {
      const [namespace = '', name = ''] = event.pod.split('/');
      pods.set(event.pod, {
        namespace,
        name,
        node: event.node,
        ip: event.ip,
        state: 'pending',
        controller: false,
      });
    }
  }
  nameTargets(added, [...targetGroups.values()], [...pods.values()], base.nodes);
  const applied = appliedObjects(base, events);
  const laterLabels = rulesRewritten(events);
  const laterDetails = addressesWritten(events);
  const laterWarnings = warnedObjects(events);
  // A load balancer the run creates (an Ingress moved to a new group) is laid out under the others.
  const created = loadBalancersCreatedDuringTheRun(
    base,
    events,
    generations.keyOfName,
    new Set(targetGroups.keys()),
  );
  const more = created.loadBalancers.length > 0;
  return {
    ...base,
    ...(more && base.securityGroups
      ? {
          securityGroups: {
            ...base.securityGroups,
            loadBalancers: [...base.securityGroups.loadBalancers, ...created.securityGroups],
          },
        }
      : {}),
    ...(more && base.network
      ? {
          network: {
            ...base.network,
            loadBalancerIps: { ...base.network.loadBalancerIps, ...created.ips },
            loadBalancerFrontIps: { ...base.network.loadBalancerFrontIps, ...created.frontIps },
          },
        }
      : {}),
    ...(Object.keys(laterDetails).length > 0 ? { laterDetails } : {}),
    ...(laterWarnings.length > 0 ? { laterWarnings } : {}),
    ...(applied.ingresses.length + applied.services.length > 0 ? { applied } : {}),
    ...(Object.keys(laterLabels).length > 0 ? { laterLabels } : {}),
    plan: {
      ...base.plan,
      loadBalancers: forwardingAsTheRunDoes(
        withRulesCreatedDuringTheRun(
          [...base.plan.loadBalancers, ...created.loadBalancers],
          events,
          generations.keyOfName,
        ),
        generations,
        events,
      ),
      targetGroups: [...targetGroups.values()],
    },
    pods: [...pods.values()],
  };
}

/**
 * The labels cards take during the run, by id: rules as CreateRule and ModifyRule write them,
 * listeners' default actions as CreateListener and ModifyListener do.
 */
function rulesRewritten(events: readonly SimEvent[]): Record<string, string[]> {
  const labels: Record<string, string[]> = {};
  const noGroups = new Map<string, string>();
  for (const event of events) {
    for (const write of ruleWritten(event, noGroups))
      if (write.conditions.length > 0)
        (labels[write.rule] ??= []).push(ruleLabel(write.priority, write.conditions));
    for (const write of defaultActionWritten(event)) (labels[write.id] ??= []).push(write.label);
  }
  return labels;
}

/**
 * Rules the run creates that the plan it starts from does not have (after an Ingress leaves a
 * group, port 80 gets a rule of its own again): added to their listener, so they have a place.
 */
function withRulesCreatedDuringTheRun(
  loadBalancers: SceneInput['plan']['loadBalancers'],
  events: readonly SimEvent[],
  keyOfName: ReadonlyMap<string, string>,
): SceneInput['plan']['loadBalancers'] {
  const created = new Map<string, RuleWrite>();
  for (const event of events)
    if (event.kind === 'aws-call' && event.operation === 'CreateRule')
      for (const write of ruleWritten(event, keyOfName))
        if (write.group !== null && write.conditions.length > 0) created.set(write.rule, write);
  if (created.size === 0) return loadBalancers;
  return loadBalancers.map((lb) => ({
    ...lb,
    listeners: lb.listeners.map((listener) => {
      const known = new Set(
        listener.rules.map((r) => diagramId.rule(lb.stack, listener.port, r.priority)),
      );
      const added = [...created.values()]
        .filter(
          (w) => w.rule.startsWith(`rule:${lb.stack}/${listener.port}/`) && !known.has(w.rule),
        )
        .map((w) => ({
          priority: w.priority,
          conditions: w.conditions,
          action: { type: 'forward' as const, targetGroup: w.group!.slice('tg:'.length) },
        }));
      return added.length === 0
        ? listener
        : {
            ...listener,
            rules: [...listener.rules, ...added].sort((a, b) => a.priority - b.priority),
          };
    }),
  }));
}

/**
 * The Ingresses and Services the API server adds during the run (a lesson's `apply`) that the
 * scenario did not have: a Service's card says its type as applied; its endpoints are not known.
 */
function appliedObjects(
  base: SceneInput,
  events: readonly SimEvent[],
): NonNullable<SceneInput['applied']> {
  const ingresses = new Set<string>();
  const services = new Map<string, SceneService>();
  const known = new Set([...base.ingresses, ...base.services.map((s) => s.key)]);
  for (const event of events) {
    if (event.kind !== 'watch' || event.verb !== 'ADDED' || known.has(event.object)) continue;
    if (event.objectKind === 'Ingress') ingresses.add(event.object);
    if (event.objectKind === 'Service' && !services.has(event.object))
      services.set(event.object, {
        key: event.object,
        endpointsReady: null,
        ...serviceOfManifest(event.after),
      });
  }
  return { ingresses: [...ingresses], services: [...services.values()] };
}

/** The ids of the objects applied during the run, which stand only once the API server adds them. */
export const appliedIds = (input: SceneInput): Set<string> =>
  new Set([
    ...(input.applied?.ingresses ?? []).map(diagramId.ingress),
    ...(input.applied?.services ?? []).map((s) => diagramId.service(s.key)),
  ]);

/**
 * Targets registered during the run are named like the first ones: a pod IP by its pod (and that
 * pod's node), an instance by its node, from the targets, pods and nodes the run already knows.
 */
function nameTargets(
  added: { id: string; node: string | null; pod: string | null }[],
  groups: readonly {
    targets: readonly { id: string; node: string | null; pod: string | null }[];
  }[],
  pods: readonly ScenePod[],
  nodes: readonly SceneWorkerNode[],
) {
  const known = new Map<string, { node: string | null; pod: string | null }>();
  for (const group of groups)
    for (const t of group.targets) if (t.node || t.pod) known.set(t.id, t);
  const byIp = new Map(pods.filter((p) => p.ip).map((p) => [p.ip!, p]));
  const byInstance = new Map(nodes.filter((n) => n.instanceId).map((n) => [n.instanceId!, n]));
  for (const target of added) {
    const same = known.get(target.id);
    const pod = byIp.get(target.id);
    target.node = same?.node ?? pod?.node ?? byInstance.get(target.id)?.name ?? null;
    target.pod = same?.pod ?? pod?.name ?? null; // the plan names a target's pod without namespace
  }
}

/** The address the controller writes into each Ingress's status during the run (the longest). */
function addressesWritten(events: readonly SimEvent[]): Record<string, string> {
  const written: Record<string, string> = {};
  for (const event of events) {
    if (event.kind !== 'status-updated' || !event.object.startsWith('Ingress ')) continue;
    const id = diagramId.ingress(event.object.slice('Ingress '.length));
    if (event.hostname.length > (written[id]?.length ?? 0)) written[id] = event.hostname;
  }
  return written;
}

/** The objects a Warning event names during the run (their cards show it as a badge). */
function warnedObjects(events: readonly SimEvent[]): string[] {
  const warned = new Set<string>();
  for (const event of events)
    if (event.kind === 'k8s-event' && event.type === 'Warning') warned.add(objectId(event.object));
  return [...warned];
}
