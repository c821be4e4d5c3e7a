import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DiagramEdge } from './edges/DiagramEdge.tsx';
import { ContainerNode } from './nodes/ContainerNode.tsx';
import { ElementNode } from './nodes/ElementNode.tsx';
import { MoreNode } from './nodes/MoreNode.tsx';
import { ZoneNode } from './nodes/ZoneNode.tsx';

/** Module scope, so React Flow sees the same objects on every render (its error002). */
export const nodeTypes = {
  zone: ZoneNode,
  container: ContainerNode,
  element: ElementNode,
  more: MoreNode,
} satisfies NodeTypes;

export const edgeTypes = { diagram: DiagramEdge } satisfies EdgeTypes;
