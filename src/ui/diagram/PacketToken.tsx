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

/**
 * The packet: a round token travelling the routed edge from `from` to `to` at `progress` (or
 * between their centres when no edge joins them), in diagram coordinates (it pans and zooms with
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
  const line = forward
    ? [centreOf(from), ...forward, centreOf(to)]
    : backward
      ? [centreOf(from), ...[...backward].reverse(), centreOf(to)]
      : [centreOf(from), centreOf(to)];
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
