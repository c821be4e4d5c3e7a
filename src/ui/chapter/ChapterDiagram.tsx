import { useMemo } from 'react';
import type { ChapterRun } from '../../lesson/chapter-run.ts';
import type { LessonPart } from '../../lesson/lesson.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectSimulatedMs } from '../../state/selectors.ts';
import { DiagramCanvas } from '../diagram/DiagramCanvas.tsx';
import { eventViewAt, packetViewAt } from './packet-view.ts';
import { visibleResolver } from './visible-element.ts';

interface ChapterDiagramProps {
  run: Extract<ChapterRun, { ok: true }>;
  part: LessonPart | null;
  scene: Scene;
  emphasis: ReadonlySet<string>;
  reducedMotion: boolean;
  ariaLabel: string;
  onInspect: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

/**
 * The canvas plus the moving token: the packet on a packet step, the watch event or the AWS call
 * on a controller step. The only part of the page that follows the clock frame by frame, so a
 * tick re-renders this and not the controls or the panels around it. A token bound for an
 * element folded into "+N more" travels to that "+N more".
 */
export function ChapterDiagram({ run, part, reducedMotion, ...canvas }: ChapterDiagramProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const visible = useMemo(() => visibleResolver(canvas.scene, run.sceneInput), [canvas.scene, run]);
  const drawn = useMemo(() => {
    const ids = new Set(canvas.scene.nodes.map((n) => n.id));
    return (id: string) => {
      const shown = visible(id);
      return ids.has(shown) ? shown : null;
    };
  }, [canvas.scene, visible]);
  let packet = null;
  if (part?.kind === 'event') packet = eventViewAt(part, simulatedMs, reducedMotion, drawn);
  else if (part?.kind === 'packet') {
    // The part's hop is segment.startMs into the run's packet timeline.
    const offset = part.startMs - part.segment.startMs;
    const at = packetViewAt(run.timeline, simulatedMs - offset, reducedMotion);
    packet = at && { ...at, from: visible(at.from), to: visible(at.to) };
  }
  return <DiagramCanvas {...canvas} packet={packet} reducedMotion={reducedMotion} />;
}
