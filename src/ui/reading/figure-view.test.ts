import { describe, expect, it } from 'vitest';
import { FIGURE_CONTEXT, FIGURE_MIN_HEIGHT, FIGURE_MIN_WIDTH, figureView } from './figure-view.ts';

const scene = { width: 1200, height: 900 };
const rects = new Map([
  ['a', { x: 400, y: 300, width: 250, height: 48 }],
  ['b', { x: 700, y: 500, width: 250, height: 38 }],
  ['edge', { x: 0, y: 0, width: 250, height: 38 }],
]);

describe('figureView', () => {
  it('shows the whole scene when nothing is in focus', () => {
    expect(figureView(scene, rects, [])).toEqual({ x: 0, y: 0, width: 1200, height: 900 });
    expect(figureView(scene, rects, ['not-drawn'])).toEqual({
      x: 0,
      y: 0,
      width: 1200,
      height: 900,
    });
  });

  it('frames the focus with room around it', () => {
    const view = figureView(scene, rects, ['a', 'b']);
    expect(view.x).toBe(400 - FIGURE_CONTEXT);
    expect(view.y).toBe(300 - FIGURE_CONTEXT);
    expect(view.x + view.width).toBe(950 + FIGURE_CONTEXT);
    expect(view.y + view.height).toBe(538 + FIGURE_CONTEXT);
  });

  it('keeps a lone card in some of its surroundings, centred on it', () => {
    const view = figureView(scene, rects, ['a']);
    expect(view.width).toBe(FIGURE_MIN_WIDTH);
    expect(view.x + view.width / 2).toBe(400 + 125);
    // Not a strip one card high: at least FIGURE_MIN_HEIGHT, still centred on the card.
    expect(view.height).toBe(FIGURE_MIN_HEIGHT);
    expect(view.y + view.height / 2).toBe(300 + 24);
  });

  it('uses the room the page has, up to the whole scene', () => {
    expect(figureView(scene, rects, ['a'], 800).width).toBe(800);
    expect(figureView(scene, rects, ['a'], 5000).width).toBe(1200);
  });

  it('never reaches outside the scene', () => {
    const view = figureView(scene, rects, ['edge']);
    expect(view.x).toBe(0);
    expect(view.y).toBe(0);
    expect(view.width).toBe(FIGURE_MIN_WIDTH);
    expect(view.height).toBe(FIGURE_MIN_HEIGHT);
  });
});
