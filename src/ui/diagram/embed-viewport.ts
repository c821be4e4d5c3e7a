import type { Rect } from './scene-geometry.ts';

/**
 * The compact player's least zoom: its canvas is small (about 720 × 400 in a 760 × 520 frame),
 * so it goes a little below the chapter page's READABLE_ZOOM; a card's smallest text (12 units)
 * still shows at 9.6 px and its name (13 units, bold) above 10 px.
 */
export const EMBED_MIN_ZOOM = 0.8;
const MAX_ZOOM = 1.25;
/** Room kept around the focus, in screen pixels (the player has little to spare). */
const CONTEXT = 16;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where a view of `size` screen pixels starts along one axis, at `zoom`, kept over `[lo, hi]`. */
function along(centre: number, lo: number, hi: number, size: number, zoom: number): number {
  const span = size / zoom;
  const margin = CONTEXT / zoom;
  // The focus fits across: centred on it.
  if (hi - lo + 2 * margin <= span) return -((lo + hi) / 2 - span / 2) * zoom;
  // It does not: around the centre asked for, but inside the focus (with its margin), so no
  // side of the view is spent beyond the focus while part of it is cut.
  const start = Math.max(lo - margin, Math.min(centre - span / 2, hi + margin - span));
  return -start * zoom;
}

/** The box around two boxes. */
function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** The zoom at which a box fills the view (with its margin). */
const zoomToFit = (box: Rect, width: number, height: number) =>
  Math.min((width - 2 * CONTEXT) / box.width, (height - 2 * CONTEXT) / box.height);

/**
 * The compact player's camera for a step: the whole focus and the anchor (where the packet or the
 * controller's call is going), centred, at the largest zoom that shows them (up to 1.25), never
 * below EMBED_MIN_ZOOM. A focus larger than that shows the part around the anchor: as much of
 * the focus as fits, and nothing beyond its edges while part of it is cut.
 */
export function embedViewport(
  focus: Rect,
  anchor: Rect | null,
  width: number,
  height: number,
): Viewport {
  const both = anchor ? union(focus, anchor) : focus;
  const bothZoom = zoomToFit(both, width, height);
  const fits = bothZoom >= EMBED_MIN_ZOOM;
  const box = fits ? both : focus;
  const zoom = Math.min(
    MAX_ZOOM,
    Math.max(EMBED_MIN_ZOOM, fits ? bothZoom : zoomToFit(focus, width, height)),
  );
  const target = zoomToFit(box, width, height) >= EMBED_MIN_ZOOM || !anchor ? box : anchor;
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  return {
    x: along(cx, box.x, box.x + box.width, width, zoom),
    y: along(cy, box.y, box.y + box.height, height, zoom),
    zoom,
  };
}
