import { useMemo } from 'react';
import type { LessonStep } from '../../lesson/lesson-time.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectSimulatedMs } from '../../state/selectors.ts';
import { Scrubber } from '../player/Scrubber.tsx';

/** A step's marker colour: the packet's direction if it follows the packet, else the controller. */
const markerDirection = (step: LessonStep) => {
  const first = step.parts[0];
  return first?.kind === 'packet' ? first.segment.direction : ('controller' as const);
};

/** The scrubber, following the clock on its own (like the diagram). */
export function ChapterScrubber({
  steps,
  durationMs,
  stepIndex,
  onSeek,
}: {
  steps: readonly LessonStep[];
  durationMs: number;
  stepIndex: number;
  onSeek: (ms: number) => void;
}) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const markers = useMemo(
    () =>
      steps.map((s) => ({
        index: s.index,
        // The settled end, where the reader stands on the step (not its start, which is where the
        // previous step's end is: the thumb would sit on the next tick).
        atMs: s.endMs,
        direction: markerDirection(s),
      })),
    [steps],
  );
  return (
    <Scrubber
      valueMs={simulatedMs}
      durationMs={durationMs}
      markers={markers}
      stepIndex={stepIndex}
      onSeek={onSeek}
    />
  );
}
