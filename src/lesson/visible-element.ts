import type { SceneInput } from '../scene/scene-input.ts';
import type { Scene } from '../scene/scene-model.ts';

/** The container an element is drawn in, by its id (null: a top-level element). */
function parentOf(id: string, input: SceneInput): string | null {
  if (id.startsWith('target:')) {
    const rest = id.slice('target:'.length);
    const tg = input.plan.targetGroups.find((g) => rest.startsWith(`${g.id}/`));
    return tg ? `tg:${tg.id}` : null;
  }
  if (id.startsWith('pod:')) {
    const key = id.slice('pod:'.length);
    const pod = input.pods.find((p) => `${p.namespace}/${p.name}` === key);
    return pod?.node ? `node:${pod.node}` : null;
  }
  if (id.startsWith('kube-proxy:')) return `node:${id.slice('kube-proxy:'.length)}`;
  if (id.startsWith('node:')) return 'zone:workers';
  return null;
}

/**
 * The element that stands for `id` in a scene where big groups are folded: the element itself
 * when drawn, else the "+N more" of the group hiding it, else that group's own container.
 */
export function visibleElement(id: string, scene: Scene, input: SceneInput): string {
  return visibleResolver(scene, input)(id);
}

/** `visibleElement` for one scene, many ids (the drawn ids are collected once). */
export function visibleResolver(scene: Scene, input: SceneInput): (id: string) => string {
  const drawn = new Set(scene.nodes.map((n) => n.id));
  return (id) => resolve(id, drawn, input);
}

function resolve(id: string, drawn: ReadonlySet<string>, input: SceneInput): string {
  let current = id;
  for (let depth = 0; depth < 4; depth++) {
    if (drawn.has(current)) return current;
    const parent = parentOf(current, input);
    if (parent === null) return current;
    if (drawn.has(`more:${parent}`)) return `more:${parent}`;
    current = parent;
  }
  return current;
}
