import { reconcile, traceRequest, type Trace, type World } from '../../simulator/index.ts';
import { buildPacketTimeline, type PacketSegment } from '../../scene/packet-timeline.ts';
import { quizRandom } from './quiz-random.ts';

export interface NextHopQuestion {
  url: string;
  seed: number;
  trace: Trace;
  /** The element the packet has just reached, and the hop that took it there. */
  at: PacketSegment;
  /** The hop the reader must predict: the packet's next element. */
  next: PacketSegment;
}

/**
 * Traces a request with a fresh seed (so the pod and node differ from one asking to the next)
 * and stops it at a random hop whose next element is another one (a hop that stays put, like
 * ALB → its listener… still counts when the element changes).
 */
export function nextHopQuestion(
  world: World,
  urls: readonly string[],
  seed: number,
): NextHopQuestion | null {
  const random = quizRandom(seed);
  const url = random.pick(urls);
  const traceSeed = random.int(1, 1_000_000);
  const trace = traceRequest(world, { url, seed: traceSeed }, reconcile(world));
  const { segments } = buildPacketTimeline(trace);
  // The client's own first hops (DNS, the client) are not a prediction worth asking.
  const candidates = segments.flatMap((segment, i) => {
    const next = segments[i + 1];
    return next && i >= 2 && next.to !== segment.to ? [i] : [];
  });
  if (candidates.length === 0) return null;
  const index = random.pick(candidates);
  return { url, seed: traceSeed, trace, at: segments[index]!, next: segments[index + 1]! };
}

/** Whether a click answers the question: the next element, as the diagram draws it. */
export const isNextHop = (
  question: NextHopQuestion,
  clicked: string,
  drawnAs: (id: string) => string,
) => clicked === drawnAs(question.next.to);
