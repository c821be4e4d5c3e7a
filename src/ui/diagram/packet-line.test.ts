import { describe, expect, it } from 'vitest';
import { alongPolyline, borderPoint, packetLine } from './PacketToken.tsx';
import type { Point, Rect } from './scene-geometry.ts';

const inside = (p: Point, r: Rect) =>
  p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

describe('the packet line', () => {
  const from: Rect = { x: 0, y: 0, width: 200, height: 60 };
  const to: Rect = { x: 0, y: 200, width: 200, height: 60 };

  it('finds where a ray from the centre leaves the box', () => {
    expect(borderPoint(from, { x: 100, y: 500 })).toEqual({ x: 100, y: 60 });
    expect(borderPoint(from, { x: 900, y: 30 })).toEqual({ x: 200, y: 30 });
  });

  it('never puts the token inside either card, at any progress, with or without a route', () => {
    const routed = [
      { x: 150, y: 60 },
      { x: 150, y: 130 },
      { x: 50, y: 130 },
      { x: 50, y: 200 },
    ];
    for (const line of [packetLine(from, to), packetLine(from, to, routed)])
      for (let i = 0; i <= 20; i++) {
        const at = alongPolyline(line, i / 20);
        expect(inside(at, from) || inside(at, to)).toBe(false);
        // The token (radius 10) does not reach into a card either.
        expect(at.y).toBeGreaterThanOrEqual(60 + 10 - 1e-9);
        expect(at.y).toBeLessThanOrEqual(200 - 10 + 1e-9);
      }
  });
});
