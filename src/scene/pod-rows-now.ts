import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import type { Scene, SceneEdge, SceneNode, ScenePoint } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';

/**
 * Each EC2 node's pods, as the run's universe lays them out: every pod the run ever has on it
 * (`all`) and which of them its "+N more" folds away there (`folded`).
 */
export type NodePods = ReadonlyMap<string, { all: readonly string[]; folded: readonly string[] }>;

const isPodRow = (node: SceneNode) => node.kind === 'pod' || node.kind === 'controller';

/** The pods of each EC2 node card of `universe` (pod keys, `namespace/name`). */
export function nodePodsOf(universe: Scene, input: SceneInput): NodePods {
  const drawn = new Set(universe.nodes.map((n) => n.id));
  const byCard = new Map<string, { all: string[]; folded: string[] }>();
  for (const pod of input.pods) {
    if (!pod.node) continue;
    const card = diagramId.node(pod.node);
    if (!drawn.has(card)) continue;
    const entry = byCard.get(card) ?? { all: [], folded: [] };
    const key = `${pod.namespace}/${pod.name}`;
    const id = pod.controller ? diagramId.controller() : diagramId.pod(pod.namespace, pod.name);
    entry.all.push(key);
    if (!drawn.has(id)) entry.folded.push(key);
    byCard.set(card, entry);
  }
  return byCard;
}

/** An edge's line with one end moved up or down by `dy` (its last leg moves with it). */
function shiftEnd(points: readonly ScenePoint[], atEnd: boolean, dy: number): ScenePoint[] {
  const line = atEnd ? [...points] : [...points].reverse();
  const n = line.length;
  const end = line[n - 1]!;
  const before = line[n - 2];
  if (before && before.y === end.y) {
    // A level last leg into the card's side: the leg moves, the leg before it stretches.
    const earlier = line[n - 3];
    const moved = [
      { x: before.x, y: before.y + dy },
      { x: end.x, y: end.y + dy },
    ];
    line.splice(n - 2, 2, ...(earlier && earlier.y === before.y ? [before] : []), ...moved);
  } else line[n - 1] = { x: end.x, y: end.y + dy };
  return atEnd ? line : line.reverse();
}

/**
 * A node card's pods as they stand at one moment: the pods drawn then close up from the top of
 * the card's pod rows (a pod that has gone leaves no gap), and the fold row comes right under
 * them, counting the pods it hides at that moment; with none hidden it is not drawn (nor its
 * "show fewer" once no more pods stand than the card shows folded). The card keeps its size, so
 * nothing outside it moves. `present(key)`: whether the pod stands at that moment. Lines into a
 * pod that moved move with it.
 */
export function podRowsNow(
  universe: Scene,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  nodePods: NodePods,
  present: (podKey: string) => boolean,
): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const replaced = new Map<string, SceneNode | null>();
  const moved = new Map<string, number>();
  for (const [card, pods] of nodePods) {
    const slots = universe.nodes
      .filter((n) => n.parent === card && (isPodRow(n) || n.kind === 'more'))
      .sort((a, b) => a.y - b.y);
    if (slots.length === 0) continue;
    const now = nodes.filter((n) => n.parent === card && isPodRow(n)).sort((a, b) => a.y - b.y);
    let y = slots[0]!.y;
    for (const row of now) {
      if (row.y !== y) {
        replaced.set(row.id, { ...row, y });
        moved.set(row.id, y - row.y);
      }
      y += row.height + L.gap;
    }
    const fold = nodes.find((n) => n.parent === card && n.kind === 'more');
    if (!fold) continue;
    const standing = pods.all.filter(present).length;
    const hidden = fold.id === diagramId.more(card) ? pods.folded.filter(present).length : 0;
    const count = fold.id === diagramId.more(card) ? hidden : standing - L.maxPods;
    if (count <= 0) {
      replaced.set(fold.id, null);
      continue;
    }
    const label = fold.id === diagramId.more(card) ? `+${count}` : fold.label;
    if (fold.y !== y || label !== fold.label || fold.a11y.params.count !== count)
      replaced.set(fold.id, {
        ...fold,
        y,
        label,
        a11y: { ...fold.a11y, params: { ...fold.a11y.params, count } },
      });
  }
  if (replaced.size === 0) return { nodes: [...nodes], edges: [...edges] };
  const out: SceneNode[] = [];
  for (const node of nodes) {
    const now = replaced.has(node.id) ? replaced.get(node.id) : node;
    if (now) out.push(now);
  }
  return {
    nodes: out,
    edges: edges.map((e) => {
      const from = moved.get(e.source) ?? 0;
      const to = moved.get(e.target) ?? 0;
      if ((from === 0 && to === 0) || !e.points || e.points.length < 2) return e;
      let points = e.points;
      if (from !== 0) points = shiftEnd(points, false, from);
      if (to !== 0) points = shiftEnd(points, true, to);
      return { ...e, points };
    }),
  };
}
