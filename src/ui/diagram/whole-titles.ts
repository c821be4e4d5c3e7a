import type { Rect } from './scene-geometry.ts';

/** A camera: screen = diagram × zoom + (x, y). */
export interface View {
  x: number;
  y: number;
  zoom: number;
}

/** The height of a box's title line, in diagram units (a group's title, a card's first line). */
const TITLE_BAND = 30;

type Axis = 'x' | 'y';

/**
 * How much of a box's top line is text: a card's name runs across the whole card; a group (a
 * region, a VPC, a zone: wider than any card) has its title at the start of its line.
 */
const titleWidth = (r: Rect) => (r.width <= 400 ? r.width : 200);

/** How many title lines the view's edges cut across this axis (top/bottom or left/right). */
function cutsAlong(axis: Axis, view: View, bands: readonly Rect[], width: number, height: number) {
  let cuts = 0;
  for (const b of bands) {
    const x0 = b.x * view.zoom + view.x;
    const x1 = (b.x + b.width) * view.zoom + view.x;
    const y0 = b.y * view.zoom + view.y;
    const y1 = (b.y + b.height) * view.zoom + view.y;
    const across = x1 > 0 && x0 < width;
    const down = y1 > 0 && y0 < height;
    if (axis === 'y' && across && ((y0 < 0 && y1 > 0) || (y0 < height && y1 > height))) cuts++;
    if (axis === 'x' && down && ((x0 < 0 && x1 > 0) || (x0 < width && x1 > width))) cuts++;
  }
  return cuts;
}

/** How many title lines are wholly on the canvas. */
function wholeOnScreen(view: View, bands: readonly Rect[], width: number, height: number) {
  let whole = 0;
  for (const b of bands) {
    const x0 = b.x * view.zoom + view.x;
    const y0 = b.y * view.zoom + view.y;
    const x1 = x0 + b.width * view.zoom;
    const y1 = y0 + b.height * view.zoom;
    if (x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height) whole++;
  }
  return whole;
}

/**
 * The scene's size (from 0, 0, in diagram units): where it is larger than the canvas, the camera
 * never shows more than `margin` screen pixels past its edges (a title is not shown whole at the
 * price of a column of nothing beside it).
 */
export interface SceneExtent {
  width: number;
  height: number;
  margin: number;
}

/** How far the camera may move on an axis and stay inside the scene; null: anywhere (it fits). */
function insideScene(axis: Axis, view: View, size: number, extent: SceneExtent | null) {
  if (!extent) return null;
  const span = (axis === 'x' ? extent.width : extent.height) * view.zoom;
  if (span + 2 * extent.margin <= size) return null;
  // The view stands in [size − span − margin, margin]; staying put is always allowed.
  return [
    Math.min(0, size - span - extent.margin - view[axis]),
    Math.max(0, extent.margin - view[axis]),
  ] as const;
}

/** The view moved (never zoomed) back inside the scene on each axis where the scene is larger. */
export function intoScene(
  view: View,
  extent: SceneExtent | null,
  width: number,
  height: number,
): View {
  if (!extent) return view;
  const clamp = (at: number, sceneSize: number, size: number) => {
    const span = sceneSize * view.zoom;
    if (span + 2 * extent.margin <= size) return at;
    return Math.min(extent.margin, Math.max(size - span - extent.margin, at));
  };
  return {
    x: clamp(view.x, extent.width, width),
    y: clamp(view.y, extent.height, height),
    zoom: view.zoom,
  };
}

/** Screen pixels kept between what must stay in view and the canvas's edge. */
const KEEP_MARGIN = 24;

/**
 * How far the camera may move on an axis: `limit` pixels either way, or further as long as `keep`
 * (diagram coordinates: the step's focus) stays on the canvas.
 */
function range(axis: Axis, view: View, size: number, limit: number, keep: Rect | null) {
  if (!keep) return [-limit, limit] as const;
  const start = (axis === 'x' ? keep.x : keep.y) * view.zoom + view[axis];
  const end = start + (axis === 'x' ? keep.width : keep.height) * view.zoom;
  return [
    Math.min(-limit, KEEP_MARGIN - start),
    Math.max(limit, size - KEEP_MARGIN - end),
  ] as const;
}

/**
 * Moves the camera so that its edges cut as few title lines as possible ("egion us-west-2" becomes
 * the whole title or none of it): by at most `limit` screen pixels on each axis, or further while
 * `keep` stays in view. A box's title line is its top TITLE_BAND units; across, a card's whole
 * width or a group's first 200 units (titleWidth). With `extent`, it never moves past the scene's
 * edges (insideScene).
 */
export function keepTitlesWhole(
  view: View,
  rects: Iterable<Rect>,
  width: number,
  height: number,
  limit: number,
  keep: Rect | null = null,
  extent: SceneExtent | null = null,
): View {
  const bands = [...rects].map((r) => ({
    x: r.x,
    y: r.y,
    width: titleWidth(r),
    height: Math.min(r.height, TITLE_BAND),
  }));
  const best = (axis: Axis): number => {
    const candidates = new Set([0]);
    for (const b of bands) {
      const start = (axis === 'x' ? b.x : b.y) * view.zoom + view[axis];
      const end = start + (axis === 'x' ? b.width : b.height) * view.zoom;
      const size = axis === 'x' ? width : height;
      const [free, freeHi] = range(axis, view, size, limit, keep);
      const scene = insideScene(axis, view, size, extent);
      const lo = scene ? Math.max(free, scene[0]) : free;
      const hi = scene ? Math.min(freeHi, scene[1]) : freeHi;
      // Reveal it or push it out, at either edge.
      for (const shift of [-start + 2, -end - 1, size - end - 2, size - start + 1])
        if (shift >= lo && shift <= hi) candidates.add(Math.round(shift));
    }
    // Fewest cut titles; then the most titles whole on screen (show rather than hide); then the
    // smallest move.
    let chosen = 0;
    let fewest = Infinity;
    let most = -1;
    for (const shift of [...candidates].sort((a, b) => Math.abs(a) - Math.abs(b))) {
      const moved = { ...view, [axis]: view[axis] + shift };
      const cuts = cutsAlong(axis, moved, bands, width, height);
      const whole = cuts > fewest ? 0 : wholeOnScreen(moved, bands, width, height);
      if (cuts < fewest || (cuts === fewest && whole > most)) {
        fewest = cuts;
        most = whole;
        chosen = shift;
      }
    }
    return chosen;
  };
  return { x: view.x + best('x'), y: view.y + best('y'), zoom: view.zoom };
}

/**
 * The camera with the fewest cut titles: `keepTitlesWhole` at the given zoom and, when that still
 * cuts one, at a few lower zooms down to `minZoom` (the view's centre stays where it was, so the
 * focus stays in view; it only gains context). A lower zoom is taken only if it cuts fewer.
 * `keep` (the focus) may be moved anywhere on the canvas, not only `limit` pixels.
 */
export function frameTitlesWhole(
  view: View,
  rects: Iterable<Rect>,
  width: number,
  height: number,
  limit: number,
  minZoom: number,
  keep: Rect | null = null,
  extent: SceneExtent | null = null,
): View {
  const boxes = [...rects];
  const bands = boxes.map((r) => ({
    x: r.x,
    y: r.y,
    width: titleWidth(r),
    height: Math.min(r.height, TITLE_BAND),
  }));
  const cuts = (v: View) =>
    cutsAlong('x', v, bands, width, height) + cutsAlong('y', v, bands, width, height);
  const centre = { x: (width / 2 - view.x) / view.zoom, y: (height / 2 - view.y) / view.zoom };
  let best = keepTitlesWhole(view, boxes, width, height, limit, keep, extent);
  let fewest = cuts(best);
  const steps = 6;
  for (let i = 1; i <= steps && fewest > 0 && view.zoom > minZoom; i++) {
    const zoom = view.zoom - ((view.zoom - minZoom) * i) / steps;
    const rezoomed = intoScene(
      { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom, zoom },
      extent,
      width,
      height,
    );
    const candidate = keepTitlesWhole(rezoomed, boxes, width, height, limit, keep, extent);
    const count = cuts(candidate);
    if (count < fewest) {
      best = candidate;
      fewest = count;
    }
  }
  return best;
}
