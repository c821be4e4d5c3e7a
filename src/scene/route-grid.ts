import type { Box } from './geometry.ts';
import type { ScenePoint } from './scene-model.ts';

/**
 * The grid an edge is routed on (route-edges.ts): the lines that run one MARGIN off the cards'
 * sides (a Hanan grid), with a spare lane down the middle of a wide gap, which moves are blocked
 * by a card, and how much of each move runs along a card's side.
 */

/** How far a line keeps off every card it does not connect. */
const MARGIN = 6;

/** A card a lane along its side costs HUG × weight per unit. */
export interface HugCard {
  box: Box;
  weight: number;
}

/** A gap between grid lines this wide gets a spare lane down its middle. */
const SPARE_GAP = 20;

export interface Grid {
  xs: number[];
  ys: number[];
  blocked: Uint8Array;
  /** The length of the move from (i, j) to (i, j + 1) that runs along a card's side. */
  hugDown: Float64Array;
  /** The length of the move from (i, j) to (i + 1, j) that runs along a card's side. */
  hugRight: Float64Array;
}

const uniqSorted = (values: number[]) =>
  [...new Set(values.map((v) => Math.round(v * 2) / 2))].sort((a, b) => a - b);

export function buildGrid(
  source: Box,
  target: Box,
  anchors: readonly ScenePoint[],
  obstacles: readonly Box[],
  cards: readonly HugCard[],
  window: number,
): Grid {
  const minX = Math.min(source.x, target.x) - window;
  const maxX = Math.max(source.x + source.width, target.x + target.width) + window;
  const minY = Math.min(source.y, target.y) - window;
  const maxY = Math.max(source.y + source.height, target.y + target.height) + window;
  const near = obstacles.filter(
    (o) => o.x < maxX && o.x + o.width > minX && o.y < maxY && o.y + o.height > minY,
  );
  const xs: number[] = [];
  const ys: number[] = [];
  for (const b of [source, target, ...near]) {
    xs.push(b.x - MARGIN, b.x + b.width + MARGIN, b.x + b.width / 2);
    ys.push(b.y - MARGIN, b.y + b.height + MARGIN, b.y + b.height / 2);
  }
  for (const a of anchors) {
    xs.push(a.x);
    ys.push(a.y);
  }
  const gx = withSpareLanes(uniqSorted(xs.filter((x) => x >= minX - MARGIN && x <= maxX + MARGIN)));
  const gy = withSpareLanes(uniqSorted(ys.filter((y) => y >= minY - MARGIN && y <= maxY + MARGIN)));
  const blocked = new Uint8Array(gx.length * gy.length);
  for (const o of near) {
    // Only the grid lines strictly inside the obstacle's margin are blocked.
    const i0 = firstAbove(gx, o.x - MARGIN);
    const i1 = firstAtOrAbove(gx, o.x + o.width + MARGIN);
    const j0 = firstAbove(gy, o.y - MARGIN);
    const j1 = firstAtOrAbove(gy, o.y + o.height + MARGIN);
    for (let j = j0; j < j1; j++) blocked.fill(1, j * gx.length + i0, j * gx.length + i1);
  }
  const hugDown = new Float64Array(gx.length * gy.length);
  const hugRight = new Float64Array(gx.length * gy.length);
  for (const { box: c, weight } of cards) {
    if (c.x >= maxX || c.x + c.width <= minX || c.y >= maxY || c.y + c.height <= minY) continue;
    for (const side of [c.x - MARGIN, c.x + c.width + MARGIN]) {
      const i = gx.indexOf(Math.round(side * 2) / 2);
      if (i >= 0) addAlong(hugDown, gy, c.y, c.y + c.height, weight, (j) => j * gx.length + i);
    }
    for (const side of [c.y - MARGIN, c.y + c.height + MARGIN]) {
      const j = gy.indexOf(Math.round(side * 2) / 2);
      if (j >= 0) addAlong(hugRight, gx, c.x, c.x + c.width, weight, (i) => j * gx.length + i);
    }
  }
  return { xs: gx, ys: gy, blocked, hugDown, hugRight };
}

/** Adds to each move between neighbouring lines of `lines` its overlap with [lo, hi]. */
function addAlong(
  into: Float64Array,
  lines: readonly number[],
  lo: number,
  hi: number,
  weight: number,
  at: (k: number) => number,
) {
  for (let k = Math.max(0, firstAbove(lines, lo) - 1); k + 1 < lines.length; k++) {
    if (lines[k]! >= hi) break;
    const overlap = Math.min(hi, lines[k + 1]!) - Math.max(lo, lines[k]!);
    const index = at(k);
    if (overlap > 0) into[index] = into[index]! + overlap * weight;
  }
}

/**
 * The lines with one more down the middle of each gap wide enough for three lines a lane apart:
 * where two edges must pass between the same two cards, each gets a line of its own.
 */
function withSpareLanes(lines: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const v = lines[k]!;
    const next = lines[k + 1];
    out.push(v);
    if (next !== undefined && next - v >= SPARE_GAP) out.push(Math.round(v + next) / 2);
  }
  return out;
}

/** The index of the first value > v (values sorted ascending). */
function firstAbove(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first value ≥ v. */
function firstAtOrAbove(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! >= v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
