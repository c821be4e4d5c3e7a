import { useMemo } from 'react';
import type { ChapterStep } from '../../chapters/chapter-steps.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectSimulatedMs } from '../../state/selectors.ts';
import { Scrubber } from '../player/Scrubber.tsx';

/** The scrubber, following the clock on its own (like the diagram). */
export function ChapterScrubber({
  steps,
  durationMs,
  stepIndex,
  onSeek,
}: {
  steps: readonly ChapterStep[];
  durationMs: number;
  stepIndex: number;
  onSeek: (ms: number) => void;
}) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const markers = useMemo(
    () =>
      steps.map((s) => ({
        index: s.index,
        startMs: s.startMs,
        direction: s.kind === 'event' ? ('controller' as const) : s.segment.direction,
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
