import { useMemo } from 'react';
import { cameraAnchor, cameraCompanions } from '../../lesson/camera-anchor.ts';
import { frameAt, type OkLesson } from '../../lesson/frame.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectCollapsed, selectExpanded, selectSimulatedMs } from '../../state/selectors.ts';
import { LazyDiagramCanvas } from '../diagram/LazyDiagramCanvas.tsx';
import { PanelBoundary } from '../shell/RenderBoundary.tsx';
import { DiagramSkeleton } from './DiagramSkeleton.tsx';

interface ChapterDiagramProps {
  lesson: OkLesson;
  reducedMotion: boolean;
  ariaLabel: string;
  /** What the skeleton says while the diagram's code arrives. */
  loadingLabel: string;
  onInspect: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

/**
 * The canvas drawn from the frame at the clock's time: the scene, its emphasis and the moving
 * token (the packet on a packet step, the watch event or the AWS call on a controller step). The
 * only part of the page that follows the clock frame by frame, so a tick re-renders this and not
 * the controls or the panels around it. The scene and emphasis keep their identity while the
 * clock stays in one part, so only the token moves.
 */
export function ChapterDiagram({
  lesson,
  reducedMotion,
  loadingLabel,
  ...canvas
}: ChapterDiagramProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const expanded = useAppStore(selectExpanded);
  const collapsed = useAppStore(selectCollapsed);
  const frame = useMemo(
    () => frameAt(lesson, simulatedMs, { expanded, collapsed, reducedMotion }),
    [lesson, simulatedMs, expanded, collapsed, reducedMotion],
  );
  if (!frame) return null;
  // A diagram that fails to draw says so in its place, with a retry; the prose and controls stay.
  return (
    <PanelBoundary>
      <LazyDiagramCanvas
        {...canvas}
        fallback={<DiagramSkeleton label={loadingLabel} />}
        scene={frame.scene}
        emphasis={frame.emphasis}
        route={frame.route}
        dimmed={frame.dimmed}
        anchor={cameraAnchor(frame)}
        anchorWith={cameraCompanions(frame)}
        packet={frame.packet}
        reducedMotion={reducedMotion}
      />
    </PanelBoundary>
  );
}
