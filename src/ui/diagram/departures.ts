import type { DiagramFlowEdge, DiagramFlowNode } from './diagram-flow-types.ts';

/**
 * Elements that leave the scene are kept for a moment as ghosts, so they can fade out instead of
 * vanishing: same id (React key and React Flow id), `data.exiting`, hidden from assistive
 * technology and inert (no focus, no clicks). The node or edge component plays the exit and
 * reports when it is done; then the ghost goes (`withoutGhost`). Pure: no timers, no React.
 */
export interface Shown {
  nodes: DiagramFlowNode[];
  edges: DiagramFlowEdge[];
}

const ghostNodes = new WeakMap<DiagramFlowNode, DiagramFlowNode>();
const ghostEdges = new WeakMap<DiagramFlowEdge, DiagramFlowEdge>();

export const isGhost = (element: DiagramFlowNode | DiagramFlowEdge): boolean =>
  element.data?.exiting === true;

function ghostOfNode(node: DiagramFlowNode): DiagramFlowNode {
  if (isGhost(node)) return node;
  let ghost = ghostNodes.get(node);
  if (!ghost) {
    ghost = {
      ...node,
      className: 'is-exiting',
      domAttributes: { ...node.domAttributes, 'aria-hidden': true, inert: true },
      data: { ...node.data, exiting: true },
    } as DiagramFlowNode;
    ghostNodes.set(node, ghost);
  }
  return ghost;
}

function ghostOfEdge(edge: DiagramFlowEdge): DiagramFlowEdge {
  if (isGhost(edge) || !edge.data) return edge;
  let ghost = ghostEdges.get(edge);
  if (!ghost) {
    ghost = {
      ...edge,
      className: 'is-exiting',
      domAttributes: { ...edge.domAttributes, 'aria-hidden': true },
      data: { ...edge.data, exiting: true },
    };
    ghostEdges.set(edge, ghost);
  }
  return ghost;
}

/**
 * What to draw when the scene's elements become `next`: `next` itself, plus a ghost of each
 * element drawn before (`shown`, ghosts included) that `next` no longer has. Ghosts come after
 * the scene's nodes, parents before children; a ghost whose parent is gone for good goes too, and
 * so does a ghost edge that lost an end. With reduced motion nothing lingers.
 */
export function withDepartures(shown: Shown, next: Shown, reducedMotion: boolean): Shown {
  if (reducedMotion) return next;
  const nodeIds = new Set(next.nodes.map((n) => n.id));
  const nodes = [...next.nodes];
  for (const node of shown.nodes) {
    if (nodeIds.has(node.id) || (node.parentId !== undefined && !nodeIds.has(node.parentId)))
      continue;
    nodes.push(ghostOfNode(node));
    nodeIds.add(node.id);
  }
  const edgeIds = new Set(next.edges.map((e) => e.id));
  const edges = [...next.edges];
  for (const edge of shown.edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edges.push(ghostOfEdge(edge));
    edgeIds.add(edge.id);
  }
  return {
    nodes: nodes.length === next.nodes.length ? next.nodes : nodes,
    edges: edges.length === next.edges.length ? next.edges : edges,
  };
}

/** `shown` without the ghost `id` (its exit is over), nor the ghosts it held or connected. */
export function withoutGhost(shown: Shown, kind: 'node' | 'edge', id: string): Shown {
  if (kind === 'edge') {
    const edges = shown.edges.filter((e) => e.id !== id || !isGhost(e));
    return edges.length === shown.edges.length ? shown : { ...shown, edges };
  }
  const gone = new Set<string>();
  const nodes = shown.nodes.filter((n) => {
    const leaving =
      isGhost(n) && (n.id === id || (n.parentId !== undefined && gone.has(n.parentId)));
    if (leaving) gone.add(n.id);
    return !leaving;
  });
  if (gone.size === 0) return shown;
  const edges = shown.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  return { nodes, edges: edges.length === shown.edges.length ? shown.edges : edges };
}
