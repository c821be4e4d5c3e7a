import type { PacketView } from '../../lesson/packet-view.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { carriesPacket, edgeLine } from './drawing-edges.ts';
import { centerOf, type Placed } from './drawing-placement.ts';
import type { Box, Point, Shape } from './drawing-shapes.ts';
import type { Palette } from './drawing-style.ts';
import { textWidthOf } from './text-fit.ts';

/** The point a fraction of the way along a polyline. */
function alongRoute(points: Point[], fraction: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (left <= length && length > 0) {
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    }
    left -= length;
  }
  return points.at(-1)!;
}

const hits = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The packet's way from where it leaves to where it arrives: its edge's line, else a straight one. */
function routeOf(
  packet: PacketView,
  scene: Scene,
  boxes: ReadonlyMap<string, Placed>,
  origin: Point,
): Point[] | null {
  const edge = scene.edges.find((e) => carriesPacket(e, packet));
  let route = edge ? edgeLine(edge, boxes, origin) : null;
  if (route && edge && edge.source !== packet.from) route = [...route].reverse();
  if (!route) {
    const a = centerOf(boxes, packet.from);
    const b = centerOf(boxes, packet.to);
    route = a && b ? [a, b] : null;
  }
  return route;
}

/**
 * The label's place beside the dot: the first of a few spots that stays in the picture (right of
 * x = 0, left of `area.width`, under `area.top`) and covers no card's letters, else the first that
 * stays in the picture, else the first.
 */
function labelSpot(at: Point, w: number, area: { width: number; top: number }, lettered: Box[]) {
  const { x, y } = at;
  const h = 20;
  const spots: Box[] = [
    { x: x + 14, y: y - h - 4, w, h },
    { x: x - 14 - w, y: y - h - 4, w, h },
    { x: x + 14, y: y + 4, w, h },
    { x: x - 14 - w, y: y + 4, w, h },
    { x: x - w / 2, y: y - h - 14, w, h },
    { x: x - w / 2, y: y + 14, w, h },
  ];
  const within = (b: Box) => b.x >= 0 && b.x + b.w <= area.width && b.y >= area.top;
  return (
    spots.find((b) => within(b) && !lettered.some((l) => hits(b, l))) ??
    spots.find(within) ??
    spots[0]!
  );
}

/**
 * The packet where it is: its route drawn in the direction's colour, a dot on it, and its label in
 * a pill where it covers no card's letters and stays in the picture. Nothing when the packet has
 * no way to travel in this scene.
 */
export function packetShapes(
  packet: PacketView,
  scene: Scene,
  boxes: ReadonlyMap<string, Placed>,
  area: { origin: Point; width: number; top: number; lettered: Box[] },
  colors: Palette,
): Shape[] {
  const route = routeOf(packet, scene, boxes, area.origin);
  if (!route) return [];
  const { x, y } = alongRoute(route, Math.min(Math.max(packet.progress, 0), 1));
  const color = packet.direction === 'request' ? colors.request : colors.response;
  const spot = labelSpot({ x, y }, textWidthOf(packet.label, 13) + 12, area, area.lettered);
  return [
    { kind: 'path', points: route, stroke: color, width: 3, dash: false },
    { kind: 'circle', x, y, r: 9, fill: color, stroke: colors.background },
    {
      kind: 'pill',
      x: spot.x,
      y: spot.y,
      w: spot.w,
      h: spot.h,
      fill: colors.background,
      stroke: color,
    },
    {
      kind: 'text',
      x: spot.x + 6,
      y: spot.y + 15,
      text: packet.label,
      size: 13,
      bold: true,
      fill: color,
    },
  ];
}
