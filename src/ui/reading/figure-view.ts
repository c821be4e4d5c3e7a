import { boundsOf, type Rect } from '../diagram/scene-geometry.ts';

/** Room kept around the step's focus, in diagram units (1 unit is 1 px in reading mode). */
export const FIGURE_CONTEXT = 40;
/**
 * A still is never cut narrower than this (or than the page's room, when the caller knows it): a
 * lone card keeps some of its surroundings.
 */
export const FIGURE_MIN_WIDTH = 520;
/** Nor lower than this: a row of two or three cards is shown with what stands around it. */
export const FIGURE_MIN_HEIGHT = 300;

/**
 * The part of the scene a reading-mode still shows: the box around what the step touches, with
 * some room around it, as the live diagram frames the step's focus, clamped to the scene. With
 * nothing in focus, the whole scene. Drawn at 1 px per unit, so a card's text is as large as on
 * the live canvas (12–13 px), and the figure scrolls sideways where the page is narrower.
 */
export function figureView(
  sceneSize: { width: number; height: number },
  rects: ReadonlyMap<string, Rect>,
  focus: Iterable<string>,
  minWidth = FIGURE_MIN_WIDTH,
): Rect {
  const whole = { x: 0, y: 0, width: sceneSize.width, height: sceneSize.height };
  const bounds = boundsOf(focus, rects);
  if (!bounds) return whole;
  const box = {
    x0: bounds.x,
    y0: bounds.y,
    x1: bounds.x + bounds.width,
    y1: bounds.y + bounds.height,
  };
  const clampSpan = (from: number, to: number, min: number, size: number) => {
    let a = from;
    let b = to;
    if (b - a < min) {
      const grow = (min - (b - a)) / 2;
      a -= grow;
      b += grow;
    }
    if (a < 0) [a, b] = [0, Math.min(size, b - a)];
    if (b > size) [a, b] = [Math.max(0, a - (b - size)), size];
    return [a, b] as const;
  };
  const [x0, x1] = clampSpan(
    box.x0 - FIGURE_CONTEXT,
    box.x1 + FIGURE_CONTEXT,
    minWidth,
    sceneSize.width,
  );
  const [y0, y1] = clampSpan(
    box.y0 - FIGURE_CONTEXT,
    box.y1 + FIGURE_CONTEXT,
    FIGURE_MIN_HEIGHT,
    sceneSize.height,
  );
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
