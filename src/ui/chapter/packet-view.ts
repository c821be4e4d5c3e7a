import { packetPositionAt, type PacketTimeline } from '../../scene/packet-timeline.ts';

/** The packet the diagram draws (the DiagramCanvas contract). */
export interface PacketView {
  from: string;
  to: string;
  progress: number;
  direction: 'request' | 'response';
  label: string;
}

/**
 * Where the packet is at virtual time `ms`. With reduced motion it does not glide: it stays at the
 * start of its segment and jumps to the next element when the next step begins.
 */
export function packetViewAt(
  timeline: PacketTimeline,
  ms: number,
  reducedMotion: boolean,
): PacketView | null {
  const position = packetPositionAt(timeline, ms);
  if (!position) return null;
  const { segment, progress } = position;
  return {
    from: segment.from,
    to: segment.to,
    progress: reducedMotion ? (progress >= 1 ? 1 : 0) : progress,
    direction: segment.direction,
    label: segment.hop.dst,
  };
}
