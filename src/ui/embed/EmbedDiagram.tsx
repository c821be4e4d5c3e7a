import { useMemo } from 'react';
import { frameAt, type Frame, type OkLesson } from '../../lesson/frame.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectCollapsed, selectExpanded, selectSimulatedMs } from '../../state/selectors.ts';
import type { DiagramCanvasProps } from '../diagram/DiagramCanvas.tsx';
import { LazyDiagramCanvas } from '../diagram/LazyDiagramCanvas.tsx';
import { DiagramSkeleton } from '../chapter/DiagramSkeleton.tsx';

type EmbedDiagramProps = Pick<DiagramCanvasProps, 'ariaLabel' | 'onToggleExpand'> & {
  lesson: OkLesson;
  reducedMotion: boolean;
  /** What the skeleton says while the diagram's code arrives. */
  loadingLabel: string;
};

const noInspect = () => undefined;

/**
 * Where the camera looks when the step's focus is larger than the small canvas: the packet's (or
 * the controller's call's) element while it moves, else the largest thing the step made or
 * changed (a new target group rather than a security group's new rule), else the first thing
 * the step touches (the object an event is recorded on).
 */
function anchorOf(frame: Frame): string | null {
  if (frame.packet) return frame.packet.to;
  let best: { id: string; area: number } | null = null;
  for (const node of frame.scene.nodes) {
    if (!frame.changed.has(node.id) || !frame.emphasis.has(node.id)) continue;
    const area = node.width * node.height;
    if (!best || area > best.area) best = { id: node.id, area };
  }
  if (best) return best.id;
  // Nothing new: what the step's event is about (the first thing it touches).
  const drawn = new Set(frame.scene.nodes.map((n) => n.id));
  return [...frame.emphasis].find((id) => drawn.has(id)) ?? null;
}

/**
 * The frame at the clock's time on the canvas, without the legend (the embed has no room): the
 * step's focus fitted to the small canvas, the packet's route lit and the rest faded as on the
 * chapter page, and the zoom buttons beside the canvas rather than over its cards.
 */
export function EmbedDiagram({
  lesson,
  reducedMotion,
  loadingLabel,
  ...canvas
}: EmbedDiagramProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const expanded = useAppStore(selectExpanded);
  const collapsed = useAppStore(selectCollapsed);
  const frame = useMemo(
    () => frameAt(lesson, simulatedMs, { expanded, collapsed, reducedMotion }),
    [lesson, simulatedMs, expanded, collapsed, reducedMotion],
  );
  if (!frame) return null;
  return (
    <LazyDiagramCanvas
      {...canvas}
      fallback={<DiagramSkeleton label={loadingLabel} />}
      onInspect={noInspect}
      legend={false}
      fit="embed"
      controls="aside"
      scene={frame.scene}
      emphasis={frame.emphasis}
      route={frame.route}
      dimmed={frame.dimmed}
      anchor={anchorOf(frame)}
      packet={frame.packet}
      reducedMotion={reducedMotion}
    />
  );
}
