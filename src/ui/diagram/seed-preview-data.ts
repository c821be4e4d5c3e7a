import seedText from '../../../content/scenarios/seed-instance.yaml?raw';
import { buildPacketTimeline, packetPositionAt } from '../../scene/packet-timeline.ts';
import {
  buildWorld,
  parseManifests,
  reconcile,
  simulate,
  traceRequest,
} from '../../simulator/index.ts';
import type { DiagramPacket } from './diagram-flow-types.ts';
import type { InspectorData } from './inspector/inspector-data.ts';

export const SEED_FILE = 'content/scenarios/seed-instance.yaml';
export const SEED_URL = 'https://api.example.com/location';

/** The seed scenario, reconciled, simulated and traced once (for the preview and its test). */
export function seedPreviewData(): Required<InspectorData> {
  const parsed = parseManifests([{ name: SEED_FILE, text: seedText }]);
  if (!parsed.ok) throw new Error(`${SEED_FILE} no longer parses`);
  const world = buildWorld(parsed.value);
  const reconciled = reconcile(world);
  return {
    world,
    plan: reconciled.plan,
    trace: traceRequest(world, { url: SEED_URL, seed: 12 }, reconciled),
    events: simulate(world).events,
  };
}

/** The packet half way along the trace: the middle of its middle segment. */
export function packetAtMiddle(data: Required<InspectorData>): DiagramPacket | null {
  const timeline = buildPacketTimeline(data.trace);
  const middle = timeline.segments[Math.floor(timeline.segments.length / 2)];
  if (!middle) return null;
  const at = packetPositionAt(timeline, (middle.startMs + middle.endMs) / 2);
  if (!at) return null;
  return {
    from: at.segment.from,
    to: at.segment.to,
    progress: at.progress,
    direction: at.segment.direction,
    label: at.segment.hop.dst,
  };
}
