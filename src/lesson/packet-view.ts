import type { EventStep } from './chapter-steps.ts';
import { diagramId } from '../scene/diagram-ids.ts';
import { packetPositionAt, type PacketTimeline } from '../scene/packet-timeline.ts';

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

/** The token of a controller step: who sends what to whom (null: the step sends nothing). */
export function eventTokenOf(
  step: EventStep,
  /** The event's elements in the scene's ids (a replaced target group's own id). */
  focusOf: (event: EventStep['event']) => readonly string[] = (event) => event.focus,
): Omit<PacketView, 'progress'> | null {
  const event = step.event;
  switch (event.kind) {
    case 'watch':
      return {
        from: diagramId.apiServer(),
        to: diagramId.controller(),
        direction: 'request',
        label: step.listed !== null ? `LIST ×${step.listed}` : `${event.objectKind} ${event.verb}`,
      };
    case 'aws-call':
      return {
        from: diagramId.controller(),
        to: focusOf(event).find((id) => id !== diagramId.controller()) ?? diagramId.zone('aws'),
        direction: 'request',
        label: event.operation,
      };
    case 'sts-call':
      return {
        from: diagramId.controller(),
        to: diagramId.sts(),
        direction: 'request',
        label: event.operation,
      };
    default:
      return null;
  }
}

/**
 * Where a controller step's token is at virtual time `ms`: it travels during the step's slot
 * (with reduced motion it waits at the sender, as the packet does). An element that is not
 * drawn yet (the load balancer before CreateLoadBalancer) is replaced by its zone.
 */
export function eventViewAt(
  step: EventStep,
  ms: number,
  reducedMotion: boolean,
  drawn: (id: string) => string | null,
  focusOf?: (event: EventStep['event']) => readonly string[],
): PacketView | null {
  const token = eventTokenOf(step, focusOf);
  if (!token) return null;
  const from = drawn(token.from);
  const to = drawn(token.to) ?? drawn(diagramId.zone('aws'));
  if (!from || !to) return null;
  const progress = Math.min(1, Math.max(0, (ms - step.startMs) / (step.endMs - step.startMs)));
  return { ...token, from, to, progress: reducedMotion ? (progress >= 1 ? 1 : 0) : progress };
}
