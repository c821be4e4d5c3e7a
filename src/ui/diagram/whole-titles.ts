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

/**
 * Moves the camera by at most `limit` screen pixels on each axis so that its edges cut as few
 * title lines as possible ("egion us-west-2" becomes the whole title or none of it). A box's
 * title line is its top TITLE_BAND units; across, the title's start: its first 200 units.
 */
export function keepTitlesWhole(
  view: View,
  rects: Iterable<Rect>,
  width: number,
  height: number,
  limit: number,
): View {
  const bands = [...rects].map((r) => ({
    x: r.x,
    y: r.y,
    width: Math.min(r.width, 200),
    height: Math.min(r.height, TITLE_BAND),
  }));
  const best = (axis: Axis): number => {
    const candidates = new Set([0]);
    for (const b of bands) {
      const start = (axis === 'x' ? b.x : b.y) * view.zoom + view[axis];
      const end = start + (axis === 'x' ? b.width : b.height) * view.zoom;
      const size = axis === 'x' ? width : height;
      // Reveal it or push it out, at either edge.
      for (const shift of [-start + 2, -end - 1, size - end - 2, size - start + 1])
        if (Math.abs(shift) <= limit) candidates.add(Math.round(shift));
    }
    let chosen = 0;
    let fewest = Infinity;
    for (const shift of [...candidates].sort((a, b) => Math.abs(a) - Math.abs(b))) {
      const cuts = cutsAlong(axis, { ...view, [axis]: view[axis] + shift }, bands, width, height);
      if (cuts < fewest) {
        fewest = cuts;
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
 */
export function frameTitlesWhole(
  view: View,
  rects: Iterable<Rect>,
  width: number,
  height: number,
  limit: number,
  minZoom: number,
): View {
  const boxes = [...rects];
  const bands = boxes.map((r) => ({
    x: r.x,
    y: r.y,
    width: Math.min(r.width, 200),
    height: Math.min(r.height, TITLE_BAND),
  }));
  const cuts = (v: View) =>
    cutsAlong('x', v, bands, width, height) + cutsAlong('y', v, bands, width, height);
  const centre = { x: (width / 2 - view.x) / view.zoom, y: (height / 2 - view.y) / view.zoom };
  let best = keepTitlesWhole(view, boxes, width, height, limit);
  let fewest = cuts(best);
  const steps = 6;
  for (let i = 1; i <= steps && fewest > 0 && view.zoom > minZoom; i++) {
    const zoom = view.zoom - ((view.zoom - minZoom) * i) / steps;
    const rezoomed = { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom, zoom };
    const candidate = keepTitlesWhole(rezoomed, boxes, width, height, limit);
    const count = cuts(candidate);
    if (count < fewest) {
      best = candidate;
      fewest = count;
    }
  }
  return best;
}
