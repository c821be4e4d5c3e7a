import { useMemo } from 'react';
import type { ChapterRun } from '../../chapters/chapter-run.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectSimulatedMs } from '../../state/selectors.ts';
import { DiagramCanvas } from '../diagram/DiagramCanvas.tsx';
import { packetViewAt } from './packet-view.ts';
import { visibleResolver } from './visible-element.ts';

interface ChapterDiagramProps {
  run: Extract<ChapterRun, { ok: true }>;
  scene: Scene;
  emphasis: ReadonlySet<string>;
  reducedMotion: boolean;
  ariaLabel: string;
  onInspect: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

/**
 * The canvas plus the packet. The only part of the page that follows the clock frame by frame,
 * so a tick re-renders this and not the controls or the panels around it. A packet bound for an
 * element folded into "+N more" travels to that "+N more".
 */
export function ChapterDiagram({ run, reducedMotion, ...canvas }: ChapterDiagramProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const visible = useMemo(() => visibleResolver(canvas.scene, run.sceneInput), [canvas.scene, run]);
  const at = packetViewAt(run.timeline, simulatedMs, reducedMotion);
  const packet = at && { ...at, from: visible(at.from), to: visible(at.to) };
  return <DiagramCanvas {...canvas} packet={packet} reducedMotion={reducedMotion} />;
}
