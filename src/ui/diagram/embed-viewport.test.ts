import { describe, expect, it } from 'vitest';
import { EMBED_MIN_ZOOM, embedViewport } from './embed-viewport.ts';

/** The part of the diagram a viewport shows, in diagram units. */
const shown = (v: { x: number; y: number; zoom: number }, width: number, height: number) => ({
  x0: -v.x / v.zoom,
  y0: -v.y / v.zoom,
  x1: (width - v.x) / v.zoom,
  y1: (height - v.y) / v.zoom,
});

describe('embedViewport', () => {
  const W = 720;
  const H = 400;

  it('shows a focus that fits whole and centred, zoomed in no further than 1.25', () => {
    const focus = { x: 100, y: 200, width: 200, height: 100 };
    const v = embedViewport(focus, null, W, H);
    expect(v.zoom).toBe(1.25);
    const s = shown(v, W, H);
    expect((s.x0 + s.x1) / 2).toBeCloseTo(200);
    expect((s.y0 + s.y1) / 2).toBeCloseTo(250);
  });

  it('zooms out (not below the floor) to show a wide focus whole', () => {
    const focus = { x: 0, y: 0, width: 800, height: 300 };
    const v = embedViewport(focus, null, W, H);
    expect(v.zoom).toBeGreaterThanOrEqual(EMBED_MIN_ZOOM);
    const s = shown(v, W, H);
    expect(s.x0).toBeLessThanOrEqual(0);
    expect(s.x1).toBeGreaterThanOrEqual(800);
    expect(s.y0).toBeLessThanOrEqual(0);
    expect(s.y1).toBeGreaterThanOrEqual(300);
  });

  it('keeps the floor for a focus too big, looking at the anchor but never past the focus', () => {
    const focus = { x: 200, y: 100, width: 1000, height: 600 };
    const anchor = { x: 1100, y: 600, width: 80, height: 40 };
    const v = embedViewport(focus, anchor, W, H);
    expect(v.zoom).toBe(EMBED_MIN_ZOOM);
    const s = shown(v, W, H);
    // The anchor is on screen…
    expect(s.x0).toBeLessThanOrEqual(1100);
    expect(s.x1).toBeGreaterThanOrEqual(1180);
    expect(s.y0).toBeLessThanOrEqual(600);
    expect(s.y1).toBeGreaterThanOrEqual(640);
    // …and the view stops at the focus's right and bottom edges (plus a small margin).
    expect(s.x1).toBeLessThan(1200 + 30);
    expect(s.y1).toBeLessThan(700 + 30);
  });
});

describe('embedViewport with an anchor outside the focus', () => {
  it('takes in where the packet goes when both fit', () => {
    const focus = { x: 0, y: 0, width: 300, height: 40 };
    const anchor = { x: 100, y: 250, width: 200, height: 60 };
    const v = embedViewport(focus, anchor, 720, 400);
    const s = shown(v, 720, 400);
    expect(s.y0).toBeLessThanOrEqual(0);
    expect(s.y1).toBeGreaterThanOrEqual(310);
  });
});
