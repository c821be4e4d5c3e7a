import { extraNameHeight } from './name-lines.ts';
import { CONTAINER_KINDS, GROUP_KINDS, type Scene, type SceneNode } from './scene-model.ts';

/** Plain geometry over scene coordinates (pure; the diagram and the geometry test share it). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height of a group's title strip and of a container card's header, in diagram units. */
export const GROUP_TITLE_HEIGHT = 30;
export const CONTAINER_HEADER_HEIGHT = 44;

/** Every node's box in diagram coordinates (scene positions are relative to the parent). */
export function absoluteBoxes(nodes: readonly SceneNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box>();
  const resolve = (id: string, depth: number): Box | null => {
    const known = boxes.get(id);
    if (known) return known;
    const node = byId.get(id);
    if (!node || depth > byId.size) return null;
    const parent = node.parent === null ? null : resolve(node.parent, depth + 1);
    const box = {
      x: node.x + (parent?.x ?? 0),
      y: node.y + (parent?.y ?? 0),
      width: node.width,
      height: node.height,
    };
    boxes.set(id, box);
    return box;
  };
  for (const node of nodes) resolve(node.id, 0);
  return boxes;
}

/** The ids of a node's ancestors, nearest first. */
export function ancestorsOf(id: string, byId: ReadonlyMap<string, SceneNode>): string[] {
  const chain: string[] = [];
  let parent = byId.get(id)?.parent ?? null;
  while (parent !== null && chain.length <= byId.size) {
    chain.push(parent);
    parent = byId.get(parent)?.parent ?? null;
  }
  return chain;
}

/** Average advance of the group titles' font (13 px bold) per character, generous for Hangul. */
const titleWidth = (title: string) =>
  [...title].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 13 : 8), 0) + 40;

/**
 * Where a node's text is: a card's whole box, a container card's header strip, a group's title
 * (its icon and words, not the whole top strip). Nothing may be drawn over these.
 */
export function textBoxOf(node: SceneNode, box: Box, groupTitle: string = node.label): Box {
  if (GROUP_KINDS.has(node.kind))
    return {
      x: box.x,
      y: box.y,
      width: Math.min(box.width, titleWidth(groupTitle)),
      height: GROUP_TITLE_HEIGHT,
    };
  if (CONTAINER_KINDS.has(node.kind))
    return {
      x: box.x,
      y: box.y,
      width: box.width,
      height: CONTAINER_HEADER_HEIGHT + extraNameHeight(node),
    };
  return box;
}

export const intersects = (a: Box, b: Box, inset = 0): boolean =>
  a.x + inset < b.x + b.width &&
  b.x + inset < a.x + a.width &&
  a.y + inset < b.y + b.height &&
  b.y + inset < a.y + a.height;

/** True when segment p→q (axis-parallel or not) passes through the open interior of `box`. */
export function segmentCrosses(
  p: { x: number; y: number },
  q: { x: number; y: number },
  box: Box,
): boolean {
  // Liang–Barsky clipping against the box shrunk by a hair (touching a border is not crossing).
  const e = 0.5;
  const x0 = box.x + e;
  const x1 = box.x + box.width - e;
  const y0 = box.y + e;
  const y1 = box.y + box.height - e;
  if (x1 <= x0 || y1 <= y0) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return t1 - t0 > 1e-9;
}

export interface GeometryReport {
  /** Edge segments that pass through a card (or a title) the edge does not connect. */
  crossings: { edge: string; node: string }[];
  /** Pairs of texts that overlap: two cards, a card and a header, a card and a group title. */
  overlaps: { a: string; b: string }[];
}

/**
 * The geometry test's measure of a drawn scene: edge–card crossings and label overlaps. An edge
 * may cross the body of a container that holds one of its ends (never its header), and any
 * group's area (never its title).
 */
export function checkGeometry(
  scene: Scene,
  titles: ReadonlyMap<string, string> = new Map(),
): GeometryReport {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const boxes = absoluteBoxes(scene.nodes);
  const texts = new Map(
    scene.nodes.map((n) => [n.id, textBoxOf(n, boxes.get(n.id)!, titles.get(n.id) ?? n.label)]),
  );
  const crossings: GeometryReport['crossings'] = [];
  for (const edge of scene.edges) {
    const points = edge.points ?? [];
    const ends = new Set([edge.source, edge.target]);
    const holders = new Set([...ancestorsOf(edge.source, byId), ...ancestorsOf(edge.target, byId)]);
    for (const node of scene.nodes) {
      if (ends.has(node.id)) continue;
      const box = boxes.get(node.id)!;
      const obstacle =
        GROUP_KINDS.has(node.kind) || holders.has(node.id) ? texts.get(node.id)! : box;
      for (let i = 1; i < points.length; i++) {
        if (segmentCrosses(points[i - 1]!, points[i]!, obstacle)) {
          crossings.push({ edge: edge.id, node: node.id });
          break;
        }
      }
    }
  }
  const overlaps: GeometryReport['overlaps'] = [];
  const ancestors = new Map(scene.nodes.map((n) => [n.id, new Set(ancestorsOf(n.id, byId))]));
  // Unrelated elements: a group is only its title, a card its whole box. Inside an ancestor,
  // the child's whole box must keep off the ancestor's title or header.
  const whole = (n: SceneNode) => (GROUP_KINDS.has(n.kind) ? texts.get(n.id)! : boxes.get(n.id)!);
  const nodes = scene.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      const boxes2: [Box, Box] = ancestors.get(a.id)!.has(b.id)
        ? [boxes.get(a.id)!, texts.get(b.id)!]
        : ancestors.get(b.id)!.has(a.id)
          ? [texts.get(a.id)!, boxes.get(b.id)!]
          : [whole(a), whole(b)];
      if (intersects(...boxes2)) overlaps.push({ a: a.id, b: b.id });
    }
  }
  return { crossings, overlaps };
}
