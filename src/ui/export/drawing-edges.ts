import type { PacketView } from '../../lesson/packet-view.ts';
import type { Scene, SceneEdge } from '../../scene/scene-model.ts';
import { centerOf, type Placed } from './drawing-placement.ts';
import type { Point, Shape } from './drawing-shapes.ts';
import type { Palette } from './drawing-style.ts';

/** Whether the packet is travelling along this edge, either way. */
export const carriesPacket = (edge: SceneEdge, packet: PacketView | null) =>
  packet !== null &&
  ((edge.source === packet.from && edge.target === packet.to) ||
    (edge.source === packet.to && edge.target === packet.from));

/**
 * The edge's line in drawing coordinates: its routed points (relative to `origin`, where the
 * diagram starts), else centre to centre; null when an end is not in the scene.
 */
export function edgeLine(
  edge: SceneEdge,
  boxes: ReadonlyMap<string, Placed>,
  origin: Point,
): Point[] | null {
  if (edge.points && edge.points.length >= 2)
    return edge.points.map((p) => ({ x: p.x + origin.x, y: p.y + origin.y }));
  const a = centerOf(boxes, edge.source);
  const b = centerOf(boxes, edge.target);
  return a && b ? [a, b] : null;
}

/**
 * The connections, dashed but for data paths; one between two emphasised ends is emphasised.
 * A route-only edge is drawn only while the packet travels it, an edge that needs other nodes
 * only when they are all drawn.
 */
export function edgeShapes(
  scene: Scene,
  boxes: ReadonlyMap<string, Placed>,
  origin: Point,
  frame: { emphasis: ReadonlySet<string>; packet: PacketView | null },
  colors: Palette,
): Shape[] {
  const drawn = new Set(scene.nodes.map((node) => node.id));
  const shapes: Shape[] = [];
  for (const edge of scene.edges) {
    if (edge.routeOnly && !carriesPacket(edge, frame.packet)) continue;
    if (edge.requires && !edge.requires.every((id) => drawn.has(id))) continue;
    const points = edgeLine(edge, boxes, origin);
    if (!points) continue;
    const hot = frame.emphasis.has(edge.source) && frame.emphasis.has(edge.target);
    shapes.push({
      kind: 'path',
      points,
      stroke: hot ? colors.emphasis : colors.edge,
      width: hot ? 2.5 : 1.2,
      dash: edge.kind !== 'data',
    });
  }
  return shapes;
}
