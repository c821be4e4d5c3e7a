// Temporary: draws the scene as plain boxes until src/ui/diagram's DiagramCanvas lands. Same props.
import type { Scene, SceneNode } from '../../scene/scene-model.ts';
import type { PacketView } from './packet-view.ts';

export interface DiagramCanvasProps {
  scene: Scene;
  emphasis: ReadonlySet<string>;
  packet: PacketView | null;
  onInspect: (id: string) => void;
  onToggleExpand: (id: string) => void;
  reducedMotion: boolean;
  ariaLabel: string;
}

function absolute(scene: Scene) {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const at = new Map<string, { x: number; y: number }>();
  const place = (n: SceneNode): { x: number; y: number } => {
    const known = at.get(n.id);
    if (known) return known;
    const parent = n.parent ? byId.get(n.parent) : undefined;
    const origin = parent ? place(parent) : { x: 0, y: 0 };
    const p = { x: origin.x + n.x, y: origin.y + n.y };
    at.set(n.id, p);
    return p;
  };
  scene.nodes.forEach(place);
  return at;
}

export function DiagramCanvas({
  scene,
  emphasis,
  packet,
  onInspect,
  ariaLabel,
}: DiagramCanvasProps) {
  const at = absolute(scene);
  const centre = (id: string) => {
    const n = scene.nodes.find((m) => m.id === id);
    const p = at.get(id);
    return n && p ? { x: p.x + n.width / 2, y: p.y + n.height / 2 } : null;
  };
  const from = packet ? centre(packet.from) : null;
  const to = packet ? centre(packet.to) : null;
  return (
    <section aria-label={ariaLabel} className="diagram-stand-in">
      <svg viewBox={`0 0 ${scene.width} ${scene.height}`} role="presentation">
        {scene.nodes.map((n) => {
          const p = at.get(n.id)!;
          return (
            <g key={n.id} onClick={() => onInspect(n.id)}>
              <rect
                x={p.x}
                y={p.y}
                width={n.width}
                height={n.height}
                rx={6}
                fill={n.kind === 'zone' ? 'none' : 'var(--color-surface)'}
                stroke={emphasis.has(n.id) ? 'var(--color-highlight)' : 'var(--color-border)'}
                strokeWidth={emphasis.has(n.id) ? 4 : 1}
              />
              <text x={p.x + 8} y={p.y + 20} fontSize={12} fill="currentColor">
                {n.label}
              </text>
            </g>
          );
        })}
        {from && to && packet ? (
          <circle
            cx={from.x + (to.x - from.x) * packet.progress}
            cy={from.y + (to.y - from.y) * packet.progress}
            r={9}
            fill="var(--color-highlight)"
          />
        ) : null}
      </svg>
    </section>
  );
}
