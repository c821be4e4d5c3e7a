import { describe, expect, it } from 'vitest';
import { windowAround } from './useDiagramFit.ts';

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
