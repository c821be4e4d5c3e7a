import { memo, useMemo } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Scene, SceneNode } from '../../scene/scene-model.ts';
import './static-diagram.css';

const CONTAINERS = new Set(['zone', 'node', 'load-balancer', 'target-group']);

/** Absolute boxes: scene positions are relative to the parent. */
function absoluteBoxes(scene: Scene) {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, { x: number; y: number; node: SceneNode }>();
  const place = (node: SceneNode): { x: number; y: number } => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parent ? byId.get(node.parent) : undefined;
    const origin = parent ? place(parent) : { x: 0, y: 0 };
    const box = { x: origin.x + node.x, y: origin.y + node.y, node };
    boxes.set(node.id, box);
    return box;
  };
  scene.nodes.forEach(place);
  return boxes;
}

/**
 * A still picture of a scene: boxes, names and the connections, in plain SVG. For reading mode
 * and printing, where a live canvas per step would be heavy and nothing moves anyway.
 */
export const StaticDiagram = memo(function StaticDiagram({
  scene,
  emphasis,
  label,
}: {
  scene: Scene;
  emphasis: ReadonlySet<string>;
  label: string;
}) {
  const t = useTranslate();
  const boxes = useMemo(() => absoluteBoxes(scene), [scene]);
  // A zone is named in the reader's language (its label is its id: `internet`, `aws`…).
  const nameOf = (node: SceneNode) =>
    node.kind === 'zone'
      ? t(`diagram.zone.${node.id.slice('zone:'.length)}` as 'diagram.zone.aws')
      : node.label;
  const center = (id: string) => {
    const b = boxes.get(id);
    return b ? { x: b.x + b.node.width / 2, y: b.y + b.node.height / 2 } : null;
  };
  return (
    <svg
      className="static-diagram"
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      role="img"
      aria-label={label}
    >
      {[...boxes.values()]
        .filter((b) => CONTAINERS.has(b.node.kind))
        .map(({ x, y, node }) => (
          <g key={node.id} className={`sd-container sd-${node.kind}`}>
            <rect x={x} y={y} width={node.width} height={node.height} rx={10} />
            <text x={x + 10} y={y + 20}>
              {nameOf(node)}
            </text>
          </g>
        ))}
      {scene.edges.map((edge) => {
        const a = center(edge.source);
        const b = center(edge.target);
        return a && b ? (
          <line
            key={edge.id}
            className={`sd-edge sd-edge-${edge.kind}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
          />
        ) : null;
      })}
      {[...boxes.values()]
        .filter((b) => !CONTAINERS.has(b.node.kind))
        .map(({ x, y, node }) => (
          <g key={node.id} className={`sd-item${emphasis.has(node.id) ? ' is-emphasised' : ''}`}>
            <rect x={x} y={y} width={node.width} height={node.height} rx={8} />
            <text x={x + 8} y={y + node.height / 2 + 5}>
              {node.label}
            </text>
          </g>
        ))}
    </svg>
  );
});
