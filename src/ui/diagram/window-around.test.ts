import { describe, expect, it } from 'vitest';
import { keepInsideScene, windowAround } from './fitted-view.ts';

// A 1018 × 416 canvas (the chapter page at 1366 × 768) shows 922 × 320 diagram units at zoom 1.
const focus = { x: 0, y: 0, width: 1000, height: 1000 };
const card = (x: number, y: number) => ({ x, y, width: 250, height: 38 });

describe('windowAround', () => {
  it('centres on an anchor in the middle of the focus', () => {
    const view = windowAround(card(375, 481), focus, 1018, 416);
    expect(view.y + view.height / 2).toBeCloseTo(500);
    expect(view.height).toBe(320);
  });

  it('keeps an anchor at the top of the focus (the client) at the top, with what lies below it', () => {
    const view = windowAround(card(100, 10), focus, 1018, 416);
    expect(view.y).toBe(0);
    expect(view.y + view.height).toBeGreaterThan(10 + 38 + 200);
  });

  it('stays inside the focus at its bottom, and widens it for an anchor outside', () => {
    expect(windowAround(card(100, 950), focus, 1018, 416).y).toBe(1000 - 320);
    const outside = windowAround(card(100, 1200), focus, 1018, 416);
    expect(outside.y + outside.height).toBe(1238);
  });
});

describe('keepInsideScene', () => {
  const scene = { width: 2000, height: 1200 };
  it('moves a view that would show empty space left of a scene wider than the canvas', () => {
    // Centred on a card near the scene's left edge: 300 px of nothing on the left.
    const moved = keepInsideScene({ x: 300, y: -100, zoom: 1 }, scene, 1018, 416);
    expect(moved).toEqual({ x: 16, y: -100, zoom: 1 });
  });
  it('and on the right, and at the bottom', () => {
    const moved = keepInsideScene({ x: -1500, y: -1000, zoom: 1 }, scene, 1018, 416);
    expect(moved.x).toBe(1018 - 2000 - 16);
    expect(moved.y).toBe(416 - 1200 - 16);
  });
  it('leaves an axis alone where the whole scene fits the canvas', () => {
    const small = { width: 600, height: 300 };
    expect(keepInsideScene({ x: 200, y: 50, zoom: 1 }, small, 1018, 416)).toEqual({
      x: 200,
      y: 50,
      zoom: 1,
    });
  });
});
