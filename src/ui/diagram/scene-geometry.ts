import type { Scene } from '../../scene/scene-model.ts';

/** Plain geometry over scene coordinates: absolute boxes, edge lines, the packet's point. */
export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  width: number;
  height: number;
}

/** Every node's box in diagram coordinates (scene positions are relative to the parent). */
export function absoluteRects(scene: Scene): Map<string, Rect> {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const rects = new Map<string, Rect>();
  const resolve = (id: string, depth: number): Rect | null => {
    const known = rects.get(id);
    if (known) return known;
    const node = byId.get(id);
    if (!node || depth > byId.size) return null;
    const parent = node.parent === null ? null : resolve(node.parent, depth + 1);
    const rect = {
      x: node.x + (parent?.x ?? 0),
      y: node.y + (parent?.y ?? 0),
      width: node.width,
      height: node.height,
    };
    rects.set(id, rect);
    return rect;
  };
  for (const node of scene.nodes) resolve(node.id, 0);
  return rects;
}

export const centreOf = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export const lerp = (a: Point, b: Point, progress: number): Point => {
  const p = Math.min(1, Math.max(0, progress));
  return { x: a.x + (b.x - a.x) * p, y: a.y + (b.y - a.y) * p };
};

/** True when `inner` lies entirely inside `outer`. */
export const encloses = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** Where the line from the centre of `r` towards `towards` crosses the border of `r`. */
export function borderPoint(r: Rect, towards: Point): Point {
  const c = centreOf(r);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A routed edge (the scene's orthogonal points, border to border): the line stops short of the
 * target's border and an arrowhead fills the rest, pointing along the last segment.
 */
export function polylineGeometry(points: readonly Point[]): { path: string; arrow: string } | null {
  if (points.length < 2) return null;
  const end = points.at(-1)!;
  const before = points.at(-2)!;
  const length = Math.hypot(end.x - before.x, end.y - before.y);
  if (length < 1) return null;
  const size = Math.min(7, length);
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const base = { x: end.x - ux * size, y: end.y - uy * size };
  const left = { x: base.x - uy * size * 0.55, y: base.y + ux * size * 0.55 };
  const right = { x: base.x + uy * size * 0.55, y: base.y - ux * size * 0.55 };
  const line = [...points.slice(0, -1), base];
  return {
    path: line.map((p, i) => `${i === 0 ? 'M' : 'L'} ${round(p.x)} ${round(p.y)}`).join(' '),
    arrow: `M ${round(end.x)} ${round(end.y)} L ${round(left.x)} ${round(left.y)} L ${round(right.x)} ${round(right.y)} Z`,
  };
}

/**
 * A straight edge from border to border, with an arrowhead at the target; null when one box
 * holds the other (containment is already drawn by nesting).
 */
export function edgeGeometry(source: Rect, target: Rect): { path: string; arrow: string } | null {
  if (encloses(source, target) || encloses(target, source)) return null;
  const start = borderPoint(source, centreOf(target));
  const end = borderPoint(target, centreOf(source));
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  if (length < 1) return null;
  const ux = (end.x - start.x) / length;
  const uy = (end.y - start.y) / length;
  const size = 7;
  const base = { x: end.x - ux * size, y: end.y - uy * size };
  const left = { x: base.x - uy * size * 0.55, y: base.y + ux * size * 0.55 };
  const right = { x: base.x + uy * size * 0.55, y: base.y - ux * size * 0.55 };
  return {
    path: `M ${round(start.x)} ${round(start.y)} L ${round(base.x)} ${round(base.y)}`,
    arrow: `M ${round(end.x)} ${round(end.y)} L ${round(left.x)} ${round(left.y)} L ${round(right.x)} ${round(right.y)} Z`,
  };
}

/** The box around some elements, in diagram coordinates (null: none of them is drawn). */
export function boundsOf(ids: Iterable<string>, rects: ReadonlyMap<string, Rect>): Rect | null {
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const id of ids) {
    const r = rects.get(id);
    if (!r) continue;
    box = box
      ? {
          x0: Math.min(box.x0, r.x),
          y0: Math.min(box.y0, r.y),
          x1: Math.max(box.x1, r.x + r.width),
          y1: Math.max(box.y1, r.y + r.height),
        }
      : { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}
