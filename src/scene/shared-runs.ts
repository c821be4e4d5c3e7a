import type { SceneEdge, ScenePoint } from './scene-model.ts';

/**
 * Two routed edges that run on top of each other: a vertical (or horizontal) stretch of one lies
 * on (or within a few units of) the same x (or y) as a stretch of the other, overlapping by more than a point. A reader then
 * cannot tell which line goes where (a rule seems to forward to another rule's group). Edges that
 * meet at a card may merge there (a rule's bus to its groups, a trunk into one group, a hop into
 * an ENI and the next hop out of it); edges with no card in common may cross, never run together.
 */
export interface SharedRun {
  a: string;
  b: string;
  /** 'x' for a shared vertical run (at x = at), 'y' for a shared horizontal run. */
  axis: 'x' | 'y';
  at: number;
  from: number;
  to: number;
}

/** Shorter shared stretches than this are a touch or a crossing, not a run. */
const MIN_RUN = 1;
/** Two runs on one line with a gap shorter than this between them read as one line. */
const END_TO_END = 4;
/** Parallel lines closer than this read as one line (a line is 1.5 units wide). */
export const SAME_LINE = 4;

interface Run {
  axis: 'x' | 'y';
  at: number;
  lo: number;
  hi: number;
}

function runsOf(points: readonly ScenePoint[]): Run[] {
  const runs: Run[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    if (p.x === q.x && p.y !== q.y)
      runs.push({ axis: 'x', at: p.x, lo: Math.min(p.y, q.y), hi: Math.max(p.y, q.y) });
    else if (p.y === q.y && p.x !== q.x)
      runs.push({ axis: 'y', at: p.y, lo: Math.min(p.x, q.x), hi: Math.max(p.x, q.x) });
  }
  return runs;
}

/** Lines that meet at a card anyway: one source, one target, or one's target the other's source. */
const sharesAnEnd = (a: SceneEdge, b: SceneEdge) =>
  a.source === b.source || a.target === b.target || a.source === b.target || a.target === b.source;

export function sharedRuns(edges: readonly SceneEdge[]): SharedRun[] {
  const routed = edges
    .filter((e) => e.points && e.points.length >= 2)
    .map((e) => ({ edge: e, runs: runsOf(e.points!) }));
  const found: SharedRun[] = [];
  for (let i = 0; i < routed.length; i++) {
    const a = routed[i]!;
    for (let j = i + 1; j < routed.length; j++) {
      const b = routed[j]!;
      if (sharesAnEnd(a.edge, b.edge)) continue;
      for (const ra of a.runs)
        for (const rb of b.runs) {
          if (ra.axis !== rb.axis || Math.abs(ra.at - rb.at) >= SAME_LINE) continue;
          const from = Math.max(ra.lo, rb.lo);
          const to = Math.min(ra.hi, rb.hi);
          // Runs that meet end to end on one line read as one line too (from > to: the gap).
          if (to - from + 2 * END_TO_END > MIN_RUN)
            found.push({ a: a.edge.id, b: b.edge.id, axis: ra.axis, at: ra.at, from, to });
        }
    }
  }
  return found;
}
