import type { Scene } from '../scene/scene-model.ts';
import { packetPath } from '../scene/packet-timeline.ts';
import type { OkRun } from './lesson-time.ts';

const routes = new WeakMap<Scene, { edges: Set<string>; elements: Set<string> }>();

/**
 * The packet's route in a scene: the elements the request passes (a node's hop drawn on its
 * ENI) and the edges between consecutive ones, either way round (the response travels them
 * back). A hop into an element inside a container follows the container's edge when the element
 * itself has none (the rule's edge to the target group, for the chosen target).
 */
export function routeOf(
  run: OkRun,
  scene: Scene,
  visible: (id: string) => string,
): { edges: Set<string>; elements: Set<string> } {
  const known = routes.get(scene);
  if (known) return known;
  const drawn = new Set(scene.nodes.map((n) => n.id));
  const parent = new Map(scene.nodes.map((n) => [n.id, n.parent]));
  const path = packetPath(run.timeline)
    .map(visible)
    .filter((id) => drawn.has(id));
  const between = new Map<string, string>();
  for (const e of scene.edges) {
    between.set(`${e.source}\n${e.target}`, e.id);
    between.set(`${e.target}\n${e.source}`, e.id);
  }
  const edges = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const found =
      between.get(`${a}\n${b}`) ??
      between.get(`${a}\n${parent.get(b) ?? ''}`) ??
      between.get(`${parent.get(a) ?? ''}\n${b}`);
    if (found) edges.add(found);
  }
  const route = { edges, elements: new Set(path) };
  routes.set(scene, route);
  return route;
}

const offPath = new WeakMap<Scene, Scene>();

/**
 * In ip mode kube-proxy is not on the packet's path (§9.3: no NodePort, no DNAT, no SNAT); its
 * card says so. Conntrack still sees the packet, which the badge's words keep.
 */
export function offThePath(scene: Scene): Scene {
  let marked = offPath.get(scene);
  if (!marked) {
    marked = {
      ...scene,
      nodes: scene.nodes.map((n) =>
        n.kind === 'kube-proxy'
          ? {
              ...n,
              detail: null,
              caption: { key: 'diagram.kubeProxy.offPath', params: {} },
              badge: { tone: 'neutral' as const, text: { key: 'badge.notOnPath', params: {} } },
              a11y: { key: 'a11y.kubeProxy.offPath', params: n.a11y.params },
            }
          : n,
      ),
    };
    offPath.set(scene, marked);
  }
  return marked;
}
