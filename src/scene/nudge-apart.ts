import { segmentCrosses, type Box } from './geometry.ts';
import type { ScenePoint } from './scene-model.ts';
import { SAME_LINE } from './shared-runs.ts';

/**
 * Moving a routed edge off another edge's lane. The router's grid has one lane per card side,
 * so two edges that meet nowhere can still be given the same stretch of the same line (a rule's
 * line on top of another rule's line into a different group). After an edge is routed, each of
 * its segments that lies on an unrelated edge's run is shifted sideways to a free parallel lane,
 * when the shifted segment and its neighbours still keep off every card.
 */

/** A stretch of a line an edge runs along: from, to, the edge's two ends, and the line's x or y. */
export type LaneRun = [number, number, string, string, number];

export interface Lanes {
  /** Vertical runs, bucketed by x (laneKey). */
  vertical: Map<number, LaneRun[]>;
  /** Horizontal runs, bucketed by y. */
  horizontal: Map<number, LaneRun[]>;
}

const laneKey = (at: number) => Math.floor(at / SAME_LINE);

/** Records a run on the line at `at`. */
export function takeLane(byLine: Map<number, LaneRun[]>, at: number, run: LaneRun) {
  const key = laneKey(at);
  const runs = byLine.get(key) ?? [];
  runs.push(run);
  byLine.set(key, runs);
}

/** The runs on lines that read as the line at `at` (closer than SAME_LINE). */
export function runsNear(byLine: ReadonlyMap<number, LaneRun[]>, at: number): LaneRun[] {
  const key = laneKey(at);
  const near: LaneRun[] = [];
  for (let k = key - 1; k <= key + 1; k++)
    for (const run of byLine.get(k) ?? []) if (Math.abs(run[4] - at) < SAME_LINE) near.push(run);
  return near;
}

/** How far apart two parallel lines read as two, and the lanes tried, nearest first. */
const STEP = 8;
const OFFSETS = [1, -1, 2, -2, 3, -3, 4, -4].map((k) => k * STEP);
/** A shifted segment keeps this far off the cards it passes (the router keeps 6). */
const CLEARANCE = 4;
/** Shorter shared stretches than this are a touch or a crossing, not a run. */
const MIN_RUN = 1;

/** Edges that meet at a card anyway may share a line there (a bus, a trunk, a chain). */
export const related = (run: LaneRun, source: string, target: string) =>
  run[2] === source || run[3] === target || run[2] === target || run[3] === source;

/** How much of the segment a→b lies on the runs of edges unrelated to source → target. */
export function sharedLength(
  lanes: Lanes,
  a: ScenePoint,
  b: ScenePoint,
  source: string,
  target: string,
): number {
  const vertical = a.x === b.x;
  const runs = runsNear(vertical ? lanes.vertical : lanes.horizontal, vertical ? a.x : a.y);
  const lo = vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x);
  const hi = vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x);
  let sum = 0;
  for (const run of runs)
    if (!related(run, source, target)) {
      const overlap = Math.min(hi, run[1]) - Math.max(lo, run[0]);
      if (overlap > MIN_RUN) sum += overlap;
    }
  return sum;
}

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

export interface NudgeContext {
  lanes: Lanes;
  source: string;
  target: string;
  obstacles: readonly Box[];
  /**
   * Where the first (last) point may slide along the source's (target's) border, for a segment
   * that leaves (enters) it: [lo, hi] of the coordinate that changes.
   */
  startSpan: (vertical: boolean) => [number, number];
  endSpan: (vertical: boolean) => [number, number];
}

function shifted(points: readonly ScenePoint[], k: number, by: number): ScenePoint[] {
  const out = points.map((p) => ({ ...p }));
  const vertical = points[k - 1]!.x === points[k]!.x;
  for (const i of [k - 1, k]) {
    if (vertical) out[i]!.x += by;
    else out[i]!.y += by;
  }
  return out;
}

const direction = (a: ScenePoint, b: ScenePoint) => Math.sign(b.x - a.x) + 2 * Math.sign(b.y - a.y);

function fits(
  before: readonly ScenePoint[],
  points: readonly ScenePoint[],
  k: number,
  ctx: NudgeContext,
): boolean {
  const last = points.length - 1;
  const vertical = points[k - 1]!.x === points[k]!.x;
  const moved = vertical ? points[k]!.x : points[k]!.y;
  for (const [end, span] of [
    [0, ctx.startSpan(vertical)],
    [last, ctx.endSpan(vertical)],
  ] as const)
    if ((k - 1 === end || k === end) && (moved < span[0] || moved > span[1])) return false;
  const from = Math.max(1, k - 1);
  const to = Math.min(last, k + 1);
  const boxes = ctx.obstacles.map((o) => grow(o, CLEARANCE));
  for (let i = from; i <= to; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    // A neighbour keeps its way: it may grow or shrink, never vanish or turn back.
    if (direction(a, b) !== direction(before[i - 1]!, before[i]!)) return false;
    if (boxes.some((box) => segmentCrosses(a, b, box))) return false;
    if (sharedLength(ctx.lanes, a, b, ctx.source, ctx.target) > 0) return false;
  }
  return true;
}

/** The route with each segment that runs on an unrelated edge's lane moved beside it. */
export function nudgeApart(points: readonly ScenePoint[], ctx: NudgeContext): ScenePoint[] {
  let route = points.map((p) => ({ ...p }));
  for (let k = 1; k < route.length; k++) {
    if (sharedLength(ctx.lanes, route[k - 1]!, route[k]!, ctx.source, ctx.target) === 0) continue;
    for (const by of OFFSETS) {
      const candidate = shifted(route, k, by);
      if (fits(route, candidate, k, ctx)) {
        route = candidate;
        break;
      }
    }
  }
  return route;
}
