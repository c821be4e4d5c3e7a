import {
  ancestorsOf,
  absoluteBoxes,
  CONTAINER_HEADER_HEIGHT,
  textBoxOf,
  type Box,
} from './geometry.ts';
import { extraNameHeight } from './name-lines.ts';
import { Heap } from './min-heap.ts';
import { buildGrid, type Grid, type HugCard } from './route-grid.ts';
import { nudgeApart, runsNear, takeLane, type LaneRun, type Lanes } from './nudge-apart.ts';
import {
  CONTAINER_KINDS,
  GROUP_KINDS,
  type SceneEdge,
  type SceneNode,
  type ScenePoint,
} from './scene-model.ts';

/**
 * Orthogonal edge routing by hand-placed layout's own rules: each edge runs from its source's
 * border to its target's border along horizontal and vertical segments that keep MARGIN units off
 * every card it does not connect (and off every header and group title), with as few bends as it
 * can. A* over the grid of lines that run along the cards' margins (a Hanan grid), cheap enough
 * for a 100-pod scene (the grid is as small as the cards' distinct edges).
 */
const BEND = 36;
/** A lane another edge already runs along costs this much more per unit (edges keep apart). */
const CROWD = 8;
/** How far past its ends a taken lane still counts as taken. */
const RUN_PAD = 10;
/**
 * Running along a card the edge does not connect, one margin off its side, costs this much more
 * per unit: that lane is where the card's own edges turn in, so a line passing there seems to
 * enter it (a rule's line passing another rule's group reads as forwarding to it).
 */
const HUG = 2;
/**
 * A container the edge's source also forwards to (or its target also takes from) may be passed
 * closely, but a lane off it still wins a tie.
 */
const SIBLING_HUG = 0.25;

/** Lanes already taken, and the edge being routed (lanes of edges sharing an end cost nothing). */
interface RouteLanes extends Lanes {
  source: string;
  target: string;
}

const overlapLength = (lanes: RouteLanes, runs: readonly LaneRun[], a: number, b: number) => {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let sum = 0;
  for (const [s, e, source, target] of runs)
    if (source !== lanes.source && target !== lanes.target)
      sum += Math.max(0, Math.min(hi, e) - Math.max(lo, s));
  return sum;
};

const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

function search(
  grid: Grid,
  from: ScenePoint,
  to: ScenePoint,
  lanes: RouteLanes,
): ScenePoint[] | null {
  const { xs, ys, blocked } = grid;
  const w = xs.length;
  const si = xs.indexOf(Math.round(from.x * 2) / 2);
  const sj = ys.indexOf(Math.round(from.y * 2) / 2);
  const ti = xs.indexOf(Math.round(to.x * 2) / 2);
  const tj = ys.indexOf(Math.round(to.y * 2) / 2);
  if (si < 0 || sj < 0 || ti < 0 || tj < 0) return null;
  const n = w * ys.length;
  const cost = new Float64Array(n * 4).fill(Infinity);
  const prev = new Int32Array(n * 4).fill(-1);
  const heap = new Heap();
  const h = (i: number, j: number) => Math.abs(xs[i]! - xs[ti]!) + Math.abs(ys[j]! - ys[tj]!);
  for (let d = 0; d < 4; d++) {
    const s = (sj * w + si) * 4 + d;
    cost[s] = 0;
    heap.push(h(si, sj), s);
  }
  let goal = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    const v = state >> 2;
    const d = state & 3;
    const i = v % w;
    const j = (v - i) / w;
    if (i === ti && j === tj) {
      goal = state;
      break;
    }
    const base = cost[state]!;
    for (let nd = 0; nd < 4; nd++) {
      if ((nd + 2) % 4 === d && base > 0) continue;
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      if (ni < 0 || nj < 0 || ni >= w || nj >= ys.length) continue;
      const nv = nj * w + ni;
      if (blocked[nv] && !(ni === ti && nj === tj)) continue;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const crowd =
        nd % 2 === 0
          ? overlapLength(lanes, runsNear(lanes.horizontal, ys[j]!), xs[i]!, xs[ni]!)
          : overlapLength(lanes, runsNear(lanes.vertical, xs[i]!), ys[j]!, ys[nj]!);
      const hug =
        nd === 0
          ? grid.hugRight[j * w + i]!
          : nd === 2
            ? grid.hugRight[j * w + ni]!
            : nd === 1
              ? grid.hugDown[j * w + i]!
              : grid.hugDown[nj * w + i]!;
      const next = base + length + crowd * CROWD + hug * HUG + (nd !== d && base > 0 ? BEND : 0);
      const ns = nv * 4 + nd;
      if (next < cost[ns]!) {
        cost[ns] = next;
        prev[ns] = state;
        heap.push(next + h(ni, nj), ns);
      }
    }
  }
  if (goal < 0) return null;
  const path: ScenePoint[] = [];
  for (let s = goal; s >= 0; s = prev[s]!) {
    const v = s >> 2;
    path.push({ x: xs[v % w]!, y: ys[Math.floor(v / w)]! });
  }
  return path.reverse();
}

const inside = (p: ScenePoint, b: Box) =>
  p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/** Where the axis-parallel segment from `a` (inside `b`) to `c` (outside) leaves `b`. */
function exitPoint(a: ScenePoint, c: ScenePoint, b: Box): ScenePoint {
  if (a.x === c.x) return { x: a.x, y: c.y > a.y ? b.y + b.height : b.y };
  return { x: c.x > a.x ? b.x + b.width : b.x, y: a.y };
}

/** Drops the points inside the end boxes, adds the border points, merges straight runs. */
function clip(path: ScenePoint[], source: Box, target: Box): ScenePoint[] | null {
  let first = 0;
  while (first + 1 < path.length && inside(path[first + 1]!, source)) first++;
  let last = path.length - 1;
  while (last - 1 > first && inside(path[last - 1]!, target)) last--;
  if (first + 1 > last) return null;
  const start = exitPoint(path[first]!, path[first + 1]!, source);
  const end = exitPoint(path[last]!, path[last - 1]!, target);
  const points = [start, ...path.slice(first + 1, last), end];
  const merged: ScenePoint[] = [];
  for (const p of points) {
    const a = merged.at(-2);
    const b = merged.at(-1);
    if (b && p.x === b.x && p.y === b.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) merged.pop();
    merged.push(p);
  }
  return merged.length >= 2 ? merged : null;
}

const encloses = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** Where an edge aims: a card's centre, a container's header (its children are in the way). */
const anchorOf = (node: SceneNode, b: Box): ScenePoint =>
  CONTAINER_KINDS.has(node.kind)
    ? { x: b.x + b.width / 2, y: b.y + CONTAINER_HEADER_HEIGHT / 2 }
    : { x: b.x + b.width / 2, y: b.y + b.height / 2 };

/**
 * A container's body below its header, an obstacle to an edge that ends at the container: the
 * edge comes in through the header (the group, the load balancer), not between its rows.
 */
const bodyOf = (node: SceneNode, b: Box): Box | null => {
  if (!CONTAINER_KINDS.has(node.kind)) return null;
  const header = CONTAINER_HEADER_HEIGHT + extraNameHeight(node);
  return b.height > header
    ? { x: b.x, y: b.y + header, width: b.width, height: b.height - header }
    : null;
};

/** How far an end may slide along a card's border: off its corners, within a container's header. */
const borderSpan =
  (node: SceneNode, b: Box) =>
  (vertical: boolean): [number, number] => {
    const inset = 8;
    if (vertical) return [b.x + inset, b.x + b.width - inset];
    const bottom = CONTAINER_KINDS.has(node.kind)
      ? b.y + CONTAINER_HEADER_HEIGHT + extraNameHeight(node)
      : b.y + b.height;
    return [b.y + inset, bottom - inset];
  };

/**
 * The edges with their routes (`points`). An edge between a container and what it holds has
 * none (nesting already draws it); so has one no route could be found for (never in the
 * chapters: the geometry test says so).
 */
export function routeEdges(
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  titles: ReadonlyMap<string, string> = new Map(),
): SceneEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = absoluteBoxes(nodes);
  const texts = new Map(
    nodes.map((n) => [n.id, textBoxOf(n, boxes.get(n.id)!, titles.get(n.id) ?? n.label)]),
  );
  const lanes: RouteLanes = { vertical: new Map(), horizontal: new Map(), source: '', target: '' };
  const ancestors = new Map<string, string[]>();
  const ancestorsCached = (id: string) => {
    let list = ancestors.get(id);
    if (!list) ancestors.set(id, (list = ancestorsOf(id, byId)));
    return list;
  };
  // Where a source fans out to (and a target fans in from): its edges may pass along those.
  const fanOut = new Map<string, Set<string>>();
  const fanIn = new Map<string, Set<string>>();
  for (const e of edges) {
    fanOut.set(e.source, (fanOut.get(e.source) ?? new Set()).add(e.target));
    fanIn.set(e.target, (fanIn.get(e.target) ?? new Set()).add(e.source));
  }
  return edges.map((edge) => {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target || encloses(source, target) || encloses(target, source)) {
      const { points: _drop, ...rest } = edge;
      return rest;
    }
    const holders = new Set([...ancestorsCached(edge.source), ...ancestorsCached(edge.target)]);
    const obstacles: Box[] = [];
    const cards: HugCard[] = [];
    for (const node of nodes) {
      if (node.id === edge.source || node.id === edge.target) continue;
      if (GROUP_KINDS.has(node.kind) || holders.has(node.id)) obstacles.push(texts.get(node.id)!);
      else {
        obstacles.push(boxes.get(node.id)!);
        const sibling =
          fanOut.get(edge.source)?.has(node.id) || fanIn.get(edge.target)?.has(node.id);
        // A bus may run along the small cards it feeds (a listener's rules); a line along a
        // group's side still reads as entering it, even a group the source also forwards to.
        if (!sibling) cards.push({ box: boxes.get(node.id)!, weight: 1 });
        else if (CONTAINER_KINDS.has(node.kind))
          cards.push({ box: boxes.get(node.id)!, weight: SIBLING_HUG });
      }
    }
    for (const end of [edge.source, edge.target]) {
      const body = bodyOf(byId.get(end)!, boxes.get(end)!);
      if (body) obstacles.push(body);
    }
    lanes.source = edge.source;
    lanes.target = edge.target;
    const from = anchorOf(byId.get(edge.source)!, source);
    const to = anchorOf(byId.get(edge.target)!, target);
    let path: ScenePoint[] | null = null;
    for (const window of [120, 480, 1e6]) {
      const grid = buildGrid(source, target, [from, to], obstacles, cards, window);
      path = search(grid, from, to, lanes);
      if (path) break;
    }
    const clipped = path && clip(path, source, target);
    if (!clipped) {
      const { points: _drop, ...rest } = edge;
      return rest;
    }
    const points = nudgeApart(clipped, {
      lanes,
      source: edge.source,
      target: edge.target,
      obstacles,
      startSpan: borderSpan(byId.get(edge.source)!, source),
      endSpan: borderSpan(byId.get(edge.target)!, target),
    });
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const [map, at, s, e] =
        a.x === b.x
          ? [lanes.vertical, a.x, Math.min(a.y, b.y), Math.max(a.y, b.y)]
          : [lanes.horizontal, a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)];
      // A little past each end too: a line that carries straight on where this one turns or
      // stops would read as this one going on.
      takeLane(map, at, [s - RUN_PAD, e + RUN_PAD, edge.source, edge.target, at]);
    }
    return { ...edge, points };
  });
}
