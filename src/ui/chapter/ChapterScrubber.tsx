import { useMemo } from 'react';
import type { PacketTimeline } from '../../scene/packet-timeline.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectSimulatedMs } from '../../state/selectors.ts';
import { Scrubber } from '../player/Scrubber.tsx';

/** The scrubber, following the clock on its own (like the diagram). */
export function ChapterScrubber({
  timeline,
  stepIndex,
  onSeek,
}: {
  timeline: PacketTimeline;
  stepIndex: number;
  onSeek: (ms: number) => void;
}) {
  const simulatedMs = useAppStore(selectSimulatedMs);
  const markers = useMemo(
    () =>
      timeline.segments.map((s) => ({
        index: s.index,
        startMs: s.startMs,
        direction: s.direction,
      })),
    [timeline],
  );
  return (
    <Scrubber
      valueMs={simulatedMs}
      durationMs={timeline.durationMs}
      markers={markers}
      stepIndex={stepIndex}
      onSeek={onSeek}
    />
  );
}
