import type { ChapterRun } from '../../chapters/chapter-run.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectSimulatedMs } from '../../state/selectors.ts';
import { DiagramCanvas } from './DiagramStandIn.tsx';
import { packetViewAt } from './packet-view.ts';

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
 * so a tick re-renders this and not the controls or the panels around it.
 */
export function ChapterDiagram({ run, reducedMotion, ...canvas }: ChapterDiagramProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const packet = packetViewAt(run.timeline, simulatedMs, reducedMotion);
  return <DiagramCanvas {...canvas} packet={packet} reducedMotion={reducedMotion} />;
}
