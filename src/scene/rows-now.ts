import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import type { Scene, SceneEdge, SceneNode, ScenePoint } from './scene-model.ts';

/**
 * A card whose rows come and go during a run (an EC2 node's pods, a target group's targets), as
 * the run's universe lays it out: which of its children are such rows, the key of every row the
 * run ever puts in it (`all`), those its "+N more" folds away there (`folded`), and how many rows
 * it shows folded (`limit`).
 */
export interface CardRows {
  isRow: (node: SceneNode) => boolean;
  all: readonly string[];
  folded: readonly string[];
  limit: number;
}

/** The cards whose rows close up, by card id. */
export type RowCards = ReadonlyMap<string, CardRows>;

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
 * Cards' rows as they stand at one moment: the rows drawn then close up from the top of the
 * card's rows (a row that has gone leaves no gap), and the fold row comes right under them,
 * counting the rows it hides at that moment; with none hidden it is not drawn (nor its "show
 * fewer" once no more rows stand than the card shows folded). The card keeps its size, so
 * nothing outside it moves. `present(key)`: whether the row stands at that moment. Lines into a
 * row that moved move with it.
 */
export function rowsNow(
  universe: Scene,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  cards: RowCards,
  present: (key: string) => boolean,
): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const replaced = new Map<string, SceneNode | null>();
  const moved = new Map<string, number>();
  for (const [card, rows] of cards) {
    const slots = universe.nodes
      .filter((n) => n.parent === card && (rows.isRow(n) || n.kind === 'more'))
      .sort((a, b) => a.y - b.y);
    if (slots.length === 0) continue;
    const now = nodes.filter((n) => n.parent === card && rows.isRow(n)).sort((a, b) => a.y - b.y);
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
    const folded = fold.id === diagramId.more(card);
    const count = folded
      ? rows.folded.filter(present).length
      : rows.all.filter(present).length - rows.limit;
    if (count <= 0) {
      replaced.set(fold.id, null);
      continue;
    }
    const label = folded ? `+${count}` : fold.label;
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
