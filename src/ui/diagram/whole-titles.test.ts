import { describe, expect, it } from 'vitest';
import { frameTitlesWhole, keepTitlesWhole } from './whole-titles.ts';

describe('keepTitlesWhole', () => {
  const region = { x: 0, y: 0, width: 1000, height: 800 };
  const vpc = { x: 20, y: 40, width: 900, height: 700 };

  it('moves the camera so the top edge no longer cuts a group title in half', () => {
    // The region's title line (y 0–30) is cut by the top edge at zoom 1 with y = −12.
    const view = keepTitlesWhole({ x: 0, y: -12, zoom: 1 }, [region, vpc], 600, 400, 48);
    const top = view.y;
    expect(top >= 0 || top + 30 <= 0).toBe(true);
    // The VPC's title line (y 40–70) is not cut either.
    expect(top + 40 >= 0 || top + 70 <= 0).toBe(true);
    expect(Math.abs(view.y + 12)).toBeLessThanOrEqual(48);
  });

  it('brings a title cut at the left edge back into view', () => {
    const view = keepTitlesWhole({ x: -10, y: 100, zoom: 1 }, [region], 600, 400, 48);
    expect(view.x).toBeGreaterThanOrEqual(0);
  });

  it('leaves a camera alone when nothing is cut, and never moves further than the limit', () => {
    expect(keepTitlesWhole({ x: 30, y: 30, zoom: 1 }, [region], 600, 400, 48)).toEqual({
      x: 30,
      y: 30,
      zoom: 1,
    });
    const far = keepTitlesWhole({ x: -150, y: -15, zoom: 1 }, [region], 600, 400, 8);
    expect(Math.abs(far.x + 150)).toBeLessThanOrEqual(8);
    expect(Math.abs(far.y + 15)).toBeLessThanOrEqual(8);
  });
});

describe('keepTitlesWhole inside the scene', () => {
  it('does not hide a cut title at the price of empty space past the scene', () => {
    // A scene 1400 wide from x 0, its left edge 16 px into a 600-wide canvas. The focus (x 20–560)
    // must stay in view, so the title cut by the right edge (x 560–760) cannot be brought in;
    // pushing it out moves the view right, past the scene's left edge, unless the scene's extent
    // is known.
    const focus = { x: 20, y: 100, width: 540, height: 40 };
    const card = { x: 560, y: 100, width: 200, height: 40 };
    const start = { x: 16, y: 0, zoom: 1 };
    const free = keepTitlesWhole(start, [focus, card], 600, 400, 48, focus);
    expect(free.x).toBeGreaterThan(16);
    const extent = { width: 1400, height: 400, margin: 16 };
    const inside = keepTitlesWhole(start, [focus, card], 600, 400, 48, focus, extent);
    expect(inside.x).toBeLessThanOrEqual(16);
  });
});

describe('frameTitlesWhole', () => {
  it('zooms out a little (never below the floor) when a nudge cannot show a title whole', () => {
    const region = { x: 0, y: 0, width: 1000, height: 800 };
    const card = { x: 300, y: 200, width: 100, height: 40 };
    // At zoom 1.25 the region's title starts 100 px left of the canvas: too far for a nudge.
    const start = { x: -100, y: 40, zoom: 1.25 };
    const view = frameTitlesWhole(start, [region, card], 600, 400, 40, 1);
    expect(view.zoom).toBeLessThan(1.25);
    expect(view.zoom).toBeGreaterThanOrEqual(1);
    expect(view.x).toBeGreaterThanOrEqual(0);
    // The card the camera looked at is still in view.
    expect(card.x * view.zoom + view.x).toBeGreaterThanOrEqual(0);
    expect((card.x + card.width) * view.zoom + view.x).toBeLessThanOrEqual(600);
  });
});

describe('keepTitlesWhole with a focus to keep in view', () => {
  it('moves further than the limit (title whole or out of sight) while the focus stays on the canvas', () => {
    const region = { x: 0, y: 0, width: 1000, height: 800 };
    const focus = { x: 400, y: 100, width: 200, height: 100 };
    // The region's title (its first 200 units) starts 130 px left of the canvas: cut in half.
    const start = { x: -130, y: 10, zoom: 1 };
    expect(keepTitlesWhole(start, [region], 800, 400, 40).x).toBe(-130);
    const view = keepTitlesWhole(start, [region], 800, 400, 40, focus);
    expect(view.x >= 0 || view.x + 200 <= 0).toBe(true);
    expect(focus.x + view.x).toBeGreaterThanOrEqual(24);
    expect(focus.x + focus.width + view.x).toBeLessThanOrEqual(800 - 24);
  });
});
