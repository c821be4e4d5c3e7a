import { useMemo } from 'react';
import { frameAt, type OkLesson } from '../../lesson/frame.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectExpanded, selectSimulatedMs } from '../../state/selectors.ts';
import { DiagramCanvas, type DiagramCanvasProps } from '../diagram/DiagramCanvas.tsx';

type EmbedDiagramProps = Pick<DiagramCanvasProps, 'ariaLabel' | 'onToggleExpand' | 'fit'> & {
  lesson: OkLesson;
  reducedMotion: boolean;
};

const noInspect = () => undefined;

/** The frame at the clock's time on the canvas, without the legend (the embed has no room). */
export function EmbedDiagram({ lesson, reducedMotion, ...canvas }: EmbedDiagramProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const expanded = useAppStore(selectExpanded);
  const frame = useMemo(
    () => frameAt(lesson, simulatedMs, { expanded, reducedMotion }),
    [lesson, simulatedMs, expanded, reducedMotion],
  );
  if (!frame) return null;
  return (
    <DiagramCanvas
      {...canvas}
      onInspect={noInspect}
      legend={false}
      scene={frame.scene}
      emphasis={frame.emphasis}
      packet={frame.packet}
      reducedMotion={reducedMotion}
    />
  );
}
