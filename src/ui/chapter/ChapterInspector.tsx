import { lazy, Suspense, useMemo } from 'react';
import { frameAt, type OkLesson } from '../../lesson/frame.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectCollapsed, selectExpanded, selectSimulatedMs } from '../../state/selectors.ts';
import type { InspectorData } from '../diagram/Inspector.tsx';

const Inspector = lazy(() =>
  import('../diagram/Inspector.tsx').then((m) => ({ default: m.Inspector })),
);

interface ChapterInspectorProps {
  lesson: OkLesson;
  id: string;
  data: InspectorData;
  reducedMotion: boolean;
  onClose: () => void;
}

/**
 * The inspector beside a chapter's diagram, given the scene on screen at the clock's time: an
 * element the run creates (a second ALB, a new target group, a TargetGroupBinding) is found
 * there with its calls, not only what the starting plan draws.
 */
export function ChapterInspector({
  lesson,
  id,
  data,
  reducedMotion,
  onClose,
}: ChapterInspectorProps) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const expanded = useAppStore(selectExpanded);
  const collapsed = useAppStore(selectCollapsed);
  const scene = useMemo(
    () => frameAt(lesson, simulatedMs, { expanded, collapsed, reducedMotion })?.scene,
    [lesson, simulatedMs, expanded, collapsed, reducedMotion],
  );
  return (
    <Suspense fallback={null}>
      <Inspector id={id} scene={scene} data={data} onClose={onClose} />
    </Suspense>
  );
}
