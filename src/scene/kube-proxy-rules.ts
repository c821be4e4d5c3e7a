import type { SimEvent } from '../simulator/index.ts';
import type { SceneEdge } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';

/**
 * kube-proxy's rules on each node, by Service: the pods (ns/name) its iptables rules DNAT to
 * (§9.2). They change only when kube-proxy syncs (a `kube-proxy-sync` event), a little after the
 * EndpointSlice does: until then a pod that went is still in them, and a new one is not yet.
 */
export type ProxyRules = Map<string, Map<string, readonly string[]>>;

/** Records a sync: the node's rules for the Service now point at the sync's pods. */
export function seeProxySync(rules: ProxyRules, event: SimEvent): void {
  if (event.kind !== 'kube-proxy-sync') return;
  const byService = rules.get(event.node) ?? new Map<string, readonly string[]>();
  byService.set(event.service, event.pods);
  rules.set(event.node, byService);
}

/** Before any sync, for a Service the input does not say: the pods ready at the start. */
const ANY_SERVICE = '';

/**
 * The rules every kube-proxy starts the run with, by Service: the pods ready then (§9.2: only
 * ready endpoints). Without the Services' lists, the ready pods as one list.
 */
export function rulesAtStart(
  input: Pick<SceneInput, 'services' | 'pods'>,
): Map<string, readonly string[]> {
  const known = input.services.filter((s) => s.proxied);
  if (known.length > 0) return new Map(known.map((s) => [s.key, s.proxied ?? []]));
  const ready = input.pods
    .filter((p) => p.state === 'ready' && !p.controller)
    .map((p) => `${p.namespace}/${p.name}`);
  return new Map([[ANY_SERVICE, ready]]);
}

/** The pods a node's kube-proxy forwards to now: its synced Services' and the rest as at start. */
export function proxiedBy(
  node: string,
  rules: ProxyRules,
  atStart: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const synced = rules.get(node);
  const pods = new Set<string>();
  for (const [service, list] of atStart) {
    if (synced?.has(service) || (service === ANY_SERVICE && synced)) continue;
    for (const pod of list) pods.add(pod);
  }
  for (const list of synced?.values() ?? []) for (const pod of list) pods.add(pod);
  return pods;
}

/**
 * For one moment's rules, whether an edge stands by them: a kube-proxy → pod line only while the
 * node's rules point at that pod; every other edge is not kube-proxy's to decide. Each node's
 * pods are worked out once for the moment, not once per line.
 */
export function proxyLinesStanding(
  rules: ProxyRules,
  atStart: ReadonlyMap<string, readonly string[]>,
): (edge: SceneEdge) => boolean {
  const byNode = new Map<string, Set<string>>();
  return (edge) => {
    if (!edge.source.startsWith('kube-proxy:') || !edge.target.startsWith('pod:')) return true;
    const node = edge.source.slice('kube-proxy:'.length);
    let pods = byNode.get(node);
    if (!pods) byNode.set(node, (pods = proxiedBy(node, rules, atStart)));
    return pods.has(edge.target.slice('pod:'.length));
  };
}
