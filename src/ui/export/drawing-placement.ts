import type { Scene, SceneNode } from '../../scene/scene-model.ts';
import type { Point } from './drawing-shapes.ts';

/** A node at its place in the drawing: its top-left corner, in drawing coordinates. */
export interface Placed {
  x: number;
  y: number;
  node: SceneNode;
}

/**
 * Every node of the scene at its place: a node's position is relative to its parent's, the
 * top-level nodes' to `origin` (where the diagram starts, under the caption). Parents come before
 * the children placed through them.
 */
export function placeNodes(scene: Scene, origin: Point): Map<string, Placed> {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Placed>();
  const place = (node: SceneNode): Point => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parent ? byId.get(node.parent) : undefined;
    const from = parent ? place(parent) : origin;
    const box = { x: from.x + node.x, y: from.y + node.y, node };
    boxes.set(node.id, box);
    return box;
  };
  scene.nodes.forEach(place);
  return boxes;
}

/** The middle of a placed node, or null when the scene has no such node. */
export function centerOf(boxes: ReadonlyMap<string, Placed>, id: string): Point | null {
  const b = boxes.get(id);
  return b ? { x: b.x + b.node.width / 2, y: b.y + b.node.height / 2 } : null;
}
