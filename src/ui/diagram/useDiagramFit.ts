import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Scene } from '../../scene/scene-model.ts';
import { EMBED_MIN_ZOOM, embedViewport } from './embed-viewport.ts';
import { absoluteRects, boundsOf, type Rect } from './scene-geometry.ts';
import { frameTitlesWhole } from './whole-titles.ts';

/**
 * The smallest zoom at which the cards' text stays readable: the smallest text on a card is 12
 * diagram units (diagram-cards.css), so at 1 it is 12 px on screen.
 */
export const READABLE_ZOOM = 1;
/** The largest zoom a fit goes to (a small focus is not blown up). */
const MAX_FIT_ZOOM = 1.25;
// A small margin: on a laptop the seed scene is as wide as the canvas, and every pixel is text size.
const WHOLE = { padding: 0.015, maxZoom: 1.1 } as const;
const MARGIN = 16;
/** Room kept around the focus, in screen pixels. */
const CONTEXT = 48;
/** Height kept free under a whole-scene fit for the horizontal zoom controls. */
const CONTROLS_STRIP = 40;

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
  const clamp = (at: number, sceneSize: number, canvas: number) => {
    const drawn = sceneSize * view.zoom + 2 * MARGIN;
    if (drawn <= canvas) return at;
    return Math.min(MARGIN, Math.max(canvas - sceneSize * view.zoom - MARGIN, at));
  };
  return {
    x: clamp(view.x, scene.width, width),
    y: clamp(view.y, scene.height, height),
    zoom: view.zoom,
  };
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
  return {
    x: place(anchor.x + anchor.width / 2, w, focus.x, focus.width),
    y: place(anchor.y + anchor.height / 2, h, focus.y, focus.height),
    width: w,
    height: h,
  };
}

/**
 * Fits the view once the canvas has a size, and again when the step's focus changes (the camera
 * moves between steps; under reduced motion it jumps), not when badges or the packet change.
 * When the whole scene reads at READABLE_ZOOM it is shown whole; otherwise the view fits the
 * emphasised elements with context, or shows the top of the scene at a readable zoom. The
 * fit-view control still shows all. With `whole`, the view fits the scene's full extent (the
 * same at every step of a timeline, so nothing zooms as elements appear) whenever the canvas
 * changes size.
 */
export function useDiagramFit(
  scene: Scene,
  emphasis: ReadonlySet<string>,
  reducedMotion: boolean,
  fit: DiagramFit = 'readable',
  anchor: string | null = null,
): void {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const rects = useMemo(() => absoluteRects(scene), [scene]);
  const focusKey = [...emphasis].sort().join('\n');
  const fittedFor = useRef<string | null>(null);

  useEffect(() => {
    if (fit !== 'whole' || width === 0 || height === 0) return;
    // From the top, centred across; the strip below is left for the zoom controls.
    const room = Math.max(height - CONTROLS_STRIP, height / 2);
    const zoom = Math.min(width / scene.width, room / scene.height) * (1 - 2 * WHOLE.padding);
    const x = (width - zoom * scene.width) / 2;
    void setViewport({ x, y: WHOLE.padding * room, zoom }, { duration: 0 });
  }, [fit, width, height, scene.width, scene.height, setViewport]);

  useEffect(() => {
    if (fit === 'whole' || width === 0 || height === 0) return;
    const key = `${width}x${height}\n${focusKey}\n${anchor}\n${scene.width}x${scene.height}`;
    if (fittedFor.current === key) return;
    const first = fittedFor.current === null;
    fittedFor.current = key;
    const duration = first || reducedMotion ? 0 : 450;
    const wholeZoom =
      Math.min(width / scene.width, height / scene.height) * (1 - 2 * WHOLE.padding);
    const focus = boundsOf(focusKey === '' ? [] : focusKey.split('\n'), rects);
    const floor = fit === 'embed' ? EMBED_MIN_ZOOM : READABLE_ZOOM;
    if (fit === 'embed' && focus && wholeZoom < floor) {
      const at = anchor === null ? null : (rects.get(anchor) ?? null);
      const view = embedViewport(focus, at, width, height);
      // A focus too big even at the least zoom is cut somewhere: as on the chapter page, the view
      // is nudged (the anchor stays on the canvas) so that no card's name is cut in half.
      const cut = view.zoom <= EMBED_MIN_ZOOM;
      const framed = cut
        ? frameTitlesWhole(view, rects.values(), width, height, 8, EMBED_MIN_ZOOM, at ?? focus)
        : view;
      void setViewport(framed, { duration });
    } else if (wholeZoom >= floor) {
      // The whole scene, centred, at a zoom computed here (never below the readable one).
      const zoom = Math.min(WHOLE.maxZoom, wholeZoom);
      void setViewport(
        {
          x: (width - zoom * scene.width) / 2,
          y: (height - zoom * scene.height) / 2,
          zoom,
        },
        { duration },
      );
    } else if (focus) {
      // A focus too big for the canvas: the part around the anchor (where the packet or the
      // controller's call is) rather than its top-left corner.
      const at = anchor === null ? undefined : rects.get(anchor);
      const fits =
        focus.width * READABLE_ZOOM <= width - 2 * CONTEXT &&
        focus.height * READABLE_ZOOM <= height - 2 * CONTEXT;
      // Moved (the focus stays on the canvas), or a little wider, so that no title is cut in half.
      const looked = fits || !at ? focus : windowAround(at, focus, width, height);
      const view = keepInsideScene(viewportFor(looked, width, height), scene, width, height);
      const framed = frameTitlesWhole(
        view,
        rects.values(),
        width,
        height,
        CONTEXT - 8,
        READABLE_ZOOM,
        looked,
      );
      void setViewport(framed, { duration });
    } else {
      // Nothing in focus: as wide as still readable, from the top; the reader pans on.
      const zoom = Math.min(1, Math.max(floor, (0.96 * width) / scene.width));
      const x = zoom * scene.width < width ? (width - zoom * scene.width) / 2 : MARGIN;
      void setViewport({ x, y: MARGIN, zoom }, { duration });
    }
  }, [fit, width, height, focusKey, anchor, scene, rects, setViewport, reducedMotion]);
}
