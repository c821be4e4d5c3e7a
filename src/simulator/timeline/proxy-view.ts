import type { Sim, SimPod } from './sim.ts';

/** kube-proxy's endpoints for one Service as of its last sync, resolved once and grouped by node. */
export interface ProxyView {
  all: readonly SimPod[];
  byNode: ReadonlyMap<string, readonly SimPod[]>;
}

const EMPTY: ProxyView = { all: [], byNode: new Map() };
const cache = new WeakMap<readonly string[], ProxyView>();

/**
 * The pods kube-proxy's iptables rules point at. Each sync stores a new key list, so the resolved
 * view is built once per sync, not on every health check or request (a hot path with 10,000 pods).
 * A pod deleted after the sync stays in the rules until the next one; it no longer answers.
 */
export function proxyView(sim: Sim, serviceKey: string): ProxyView {
  const keys = sim.proxy.get(serviceKey);
  if (!keys) return EMPTY;
  const hit = cache.get(keys);
  if (hit) return hit;
  const all: SimPod[] = [];
  const byNode = new Map<string, SimPod[]>();
  for (const key of keys) {
    const pod = sim.pods.get(key);
    if (!pod) continue;
    all.push(pod);
    const node = pod.object.nodeName ?? '';
    const list = byNode.get(node) ?? [];
    list.push(pod);
    byNode.set(node, list);
  }
  const view = { all, byNode };
  cache.set(keys, view);
  return view;
}
