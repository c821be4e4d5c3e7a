import { ViewportPortal } from '@xyflow/react';
import { use } from 'react';
import type { ScenePoint } from '../../scene/scene-model.ts';
import { PacketContext } from './packet-context.ts';
import { centreOf, lerp, type Point, type Rect } from './scene-geometry.ts';

interface PacketTokenProps {
  rects: ReadonlyMap<string, Rect>;
  /** The routed line between two elements, by `source\ntarget` (either way round). */
  routes: ReadonlyMap<string, readonly ScenePoint[]>;
  reducedMotion: boolean;
}

/** The point `progress` (0–1) of the way along a polyline. */
export function alongPolyline(points: readonly Point[], progress: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const total = lengths.reduce((a, b) => a + b, 0);
  let left = Math.min(1, Math.max(0, progress)) * total;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (left <= length || i === lengths.length - 1)
      return lerp(points[i]!, points[i + 1]!, length === 0 ? 1 : left / length);
    left -= length;
  }
  return points[0]!;
}

/** Where the ray from a box's centre towards `towards` leaves the box. */
export function borderPoint(rect: Rect, towards: Point): Point {
  const c = centreOf(rect);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * Math.min(1, scale), y: c.y + dy * Math.min(1, scale) };
}

/**
 * The line the packet travels, border to border: the routed edge as drawn, or the straight line
 * between the two boxes' borders. It never enters a card, so the token never sits on its name.
 */
export function packetLine(from: Rect, to: Rect, routed?: readonly Point[]): Point[] {
  const line =
    routed && routed.length >= 2
      ? [...routed]
      : [borderPoint(from, centreOf(to)), borderPoint(to, centreOf(from))];
  // The token's radius stays outside the boxes at both ends.
  const n = line.length;
  line[0] = towards(line[0]!, line[1]!, TOKEN_RADIUS);
  line[n - 1] = towards(line[n - 1]!, line[n - 2]!, TOKEN_RADIUS);
  return line;
}

/** The token's radius in diagram units (diagram-edges.css: .dg-packet-dot). */
const TOKEN_RADIUS = 10;

/** `a` moved `by` towards `b`, never past the middle of the segment. */
function towards(a: Point, b: Point, by: number): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return a;
  const step = Math.min(by, length / 2) / length;
  return { x: a.x + (b.x - a.x) * step, y: a.y + (b.y - a.y) * step };
}

/**
 * The packet: a round token travelling the routed edge from `from` to `to` at `progress` (or
 * straight between their borders when no edge joins them; never over a card's text), in diagram coordinates (it pans and zooms with
 * the diagram). Its addresses are in the strip above the diagram, so no label covers a card. The
 * caller samples the clock every frame; a short CSS transition on its transform (composited, no
 * script per frame) only smooths a jump between steps, and reduced motion draws it in place.
 * Decorative for assistive technology: the narration says where the packet is.
 */
export function PacketToken({ rects, routes, reducedMotion }: PacketTokenProps) {
  const packet = use(PacketContext);
  if (!packet) return null;
  const from = rects.get(packet.from);
  const to = rects.get(packet.to);
  if (!from || !to) return null;
  const forward = routes.get(`${packet.from}\n${packet.to}`);
  const backward = forward ? undefined : routes.get(`${packet.to}\n${packet.from}`);
  const line = packetLine(from, to, forward ?? (backward ? [...backward].reverse() : undefined));
  const at = alongPolyline(line, packet.progress);
  return (
    <ViewportPortal>
      <div
        className={`dg-packet dg-packet-${packet.direction}${reducedMotion ? '' : ' is-gliding'}`}
        aria-hidden="true"
        data-testid="diagram-packet"
        data-label={packet.label}
        style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
      >
        <span className="dg-packet-dot" />
      </div>
    </ViewportPortal>
  );
}
