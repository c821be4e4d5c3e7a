import { EMBED_MIN_ZOOM, embedViewport } from './embed-viewport.ts';
import { boundsOf, type Rect } from './scene-geometry.ts';
import { frameTitlesWhole, intoScene, type View } from './whole-titles.ts';

/**
 * The smallest zoom at which the cards' text stays readable: the smallest text on a card is 12
 * diagram units (diagram-cards.css), so at 1 it is 12 px on screen.
 */
export const READABLE_ZOOM = 1;
/** The largest zoom a fit goes to (a small focus is not blown up). */
const MAX_FIT_ZOOM = 1.25;
// A small margin: on a laptop the seed scene is as wide as the canvas, and every pixel is text size.
export const WHOLE = { padding: 0.015, maxZoom: 1.1 } as const;
const MARGIN = 16;
/** Room kept around the focus, in screen pixels. */
const CONTEXT = 48;
/** Height kept free under a whole-scene fit for the horizontal zoom controls. */
export const CONTROLS_STRIP = 40;

/**
 * How the view is fitted: `readable` (the chapter page) never zooms out below READABLE_ZOOM;
 * `whole` (side-by-side halves) always shows the whole scene, its full extent at every step;
 * `embed` (the compact player) fits the step's focus down to EMBED_MIN_ZOOM.
 */
export type DiagramFit = 'readable' | 'whole' | 'embed';

/**
 * Where the camera stands for a focus: the focus's box centred, at the largest zoom (up to
 * MAX_FIT_ZOOM) that shows it with some context, never below READABLE_ZOOM; a focus larger than
 * the canvas at that zoom shows its top-left part (where the step starts).
 */
export function viewportFor(
  focus: Rect,
  width: number,
  height: number,
): { x: number; y: number; zoom: number } {
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    Math.max(
      READABLE_ZOOM,
      Math.min((width - 2 * CONTEXT) / focus.width, (height - 2 * CONTEXT) / focus.height),
    ),
  );
  const fitsAcross = focus.width * zoom <= width - 2 * CONTEXT;
  const fitsDown = focus.height * zoom <= height - 2 * CONTEXT;
  const x = fitsAcross ? width / 2 - (focus.x + focus.width / 2) * zoom : CONTEXT - focus.x * zoom;
  const y = fitsDown ? height / 2 - (focus.y + focus.height / 2) * zoom : CONTEXT - focus.y * zoom;
  return { x, y, zoom };
}

/**
 * A view moved (never zoomed) so that it shows no empty space past the scene's edges where the
 * scene is bigger than the canvas: a subject near the scene's edge is shown beside what lies next
 * to it, not beside a third of a screen of nothing. Along an axis where the whole scene fits, the
 * view is left as it is.
 */
export function keepInsideScene(
  view: { x: number; y: number; zoom: number },
  scene: { width: number; height: number },
  width: number,
  height: number,
): { x: number; y: number; zoom: number } {
  return intoScene(view, { ...scene, margin: MARGIN }, width, height);
}

/**
 * The most of a focus too big for the canvas that the canvas shows at READABLE_ZOOM, around the
 * anchor: centred on it where the focus allows, pushed back inside the focus where the anchor
 * lies near its edge (a reply that ends at the client at the top shows the client and the path
 * below it, not half a screen of empty margin above it).
 */
export function windowAround(anchor: Rect, within: Rect, width: number, height: number): Rect {
  // An anchor outside the focus (a token bound for a card the step does not name) widens it.
  const x0 = Math.min(within.x, anchor.x);
  const y0 = Math.min(within.y, anchor.y);
  const focus = {
    x: x0,
    y: y0,
    width: Math.max(within.x + within.width, anchor.x + anchor.width) - x0,
    height: Math.max(within.y + within.height, anchor.y + anchor.height) - y0,
  };
  const w = Math.min(focus.width, (width - 2 * CONTEXT) / READABLE_ZOOM);
  const h = Math.min(focus.height, (height - 2 * CONTEXT) / READABLE_ZOOM);
  const place = (centre: number, size: number, from: number, span: number) =>
    Math.min(Math.max(centre - size / 2, from), from + span - size);
  // An anchor taller than the window (a node card with its pods) shows its top, where its name
  // is, not its middle.
  const down = anchor.height > h ? anchor.y + h / 2 : anchor.y + anchor.height / 2;
  return {
    x: place(anchor.x + anchor.width / 2, w, focus.x, focus.width),
    y: place(down, h, focus.y, focus.height),
    width: w,
    height: h,
  };
}

/**
 * What the camera centres on when the focus is too big: the anchor together with the elements to
 * keep beside it, as many as fit the canvas at READABLE_ZOOM, in their order, each one that
 * still fits (a step about two rules of an ALB and an NLB's listener far away shows the two
 * rules); else the anchor alone.
 */
function anchorBox(
  anchor: string | null,
  together: readonly string[],
  rects: ReadonlyMap<string, Rect>,
  width: number,
  height: number,
): Rect | undefined {
  const single = anchor === null ? undefined : rects.get(anchor);
  const fits = (box: Rect | null): box is Rect =>
    box !== null &&
    box.width * READABLE_ZOOM <= width - 2 * CONTEXT &&
    box.height * READABLE_ZOOM <= height - 2 * CONTEXT;
  const ids = [...new Set([...(anchor === null ? [] : [anchor]), ...together])];
  if (ids.length < 2) return single;
  const all = boundsOf(ids, rects);
  if (fits(all)) return all;
  if (!single) return single;
  // In the order given (the step's declared focus first), each one that still fits.
  const kept = [anchor as string];
  for (const id of ids.slice(1)) if (fits(boundsOf([...kept, id], rects))) kept.push(id);
  return boundsOf(kept, rects) ?? single;
}

/**
 * Where the camera stands for a step on the chapter page (`readable`) or in the compact player
 * (`embed`): the whole scene when it reads at the floor zoom; else the step's focus with context,
 * around the anchor when the focus is too big, nudged so that no title is cut in half and never
 * past the scene's edges; with nothing in focus, the top of the scene as wide as still readable.
 */
export function fittedView(
  fit: 'readable' | 'embed',
  scene: { width: number; height: number },
  rects: ReadonlyMap<string, Rect>,
  focusIds: readonly string[],
  anchor: string | null,
  width: number,
  height: number,
  /** Elements to keep in view with the anchor when they fit together (the step's declared focus). */
  together: readonly string[] = [],
): View {
  const wholeZoom = Math.min(width / scene.width, height / scene.height) * (1 - 2 * WHOLE.padding);
  const focus = boundsOf(focusIds, rects);
  const floor = fit === 'embed' ? EMBED_MIN_ZOOM : READABLE_ZOOM;
  if (fit === 'embed' && focus && wholeZoom < floor) {
    const at = anchor === null ? null : (rects.get(anchor) ?? null);
    const view = embedViewport(focus, at, width, height);
    // A focus too big even at the least zoom is cut somewhere: as on the chapter page, the view
    // is nudged (the anchor stays on the canvas) so that no card's name is cut in half.
    const cut = view.zoom <= EMBED_MIN_ZOOM;
    return cut
      ? frameTitlesWhole(view, rects.values(), width, height, 8, EMBED_MIN_ZOOM, at ?? focus)
      : view;
  }
  if (wholeZoom >= floor) {
    // The whole scene, centred, at a zoom computed here (never below the readable one).
    const zoom = Math.min(WHOLE.maxZoom, wholeZoom);
    return { x: (width - zoom * scene.width) / 2, y: (height - zoom * scene.height) / 2, zoom };
  }
  if (focus) {
    // A focus too big for the canvas: the part around the anchor (where the packet or the
    // controller's call is) rather than its top-left corner.
    const at = anchorBox(anchor, together, rects, width, height);
    const fits =
      focus.width * READABLE_ZOOM <= width - 2 * CONTEXT &&
      focus.height * READABLE_ZOOM <= height - 2 * CONTEXT;
    // Moved (the focus stays on the canvas), or a little wider, so that no title is cut in half;
    // neither move shows empty space past the scene's edges.
    const looked = fits || !at ? focus : windowAround(at, focus, width, height);
    const view = keepInsideScene(viewportFor(looked, width, height), scene, width, height);
    return frameTitlesWhole(
      view,
      rects.values(),
      width,
      height,
      CONTEXT - 8,
      READABLE_ZOOM,
      looked,
      {
        ...scene,
        margin: MARGIN,
      },
    );
  }
  // Nothing in focus: as wide as still readable, from the top; the reader pans on.
  const zoom = Math.min(1, Math.max(floor, (0.96 * width) / scene.width));
  const x = zoom * scene.width < width ? (width - zoom * scene.width) / 2 : MARGIN;
  return { x, y: MARGIN, zoom };
}
