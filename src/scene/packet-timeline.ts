import type { Hop, Trace } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import type { SceneEdge } from './scene-model.ts';
import { packetHoldAt, type PacketHold } from './packet-rewrite.ts';

export interface PacketSegment {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
  direction: 'request' | 'response';
  /** The hop the packet arrives at (its addresses and headers are what the inspector shows). */
  hop: Hop;
  index: number;
  /**
   * Milliseconds the packet takes to arrive; the rest of the segment it stands at the hop (a beat
   * at every NAT and TLS hop, `hold`, so the reader sees the packet change).
   */
  travelMs: number;
  hold: PacketHold | null;
}

export interface PacketTimeline {
  segments: PacketSegment[];
  durationMs: number;
}

/** Virtual milliseconds a packet takes between two elements (the player scales this). */
export const SEGMENT_MS = 800;
/** Virtual milliseconds the packet stands at a hop that rewrites it or ends TLS. */
export const HOLD_MS = 900;

/**
 * An in-tree load balancer's own connection to a node (the only load-balancer hop that rewrites
 * the addresses): the instance it picked, named by the node the next hop arrives at, on the
 * NodePort it dials; the listener's `in-tree:` target is the group.
 */
function inTreeTargetElementId(hop: Hop, trace: Trace): string {
  const stack = trace.summary.loadBalancer ?? '';
  const port = (trace.summary.listener ?? ':0').split(':')[1] ?? '0';
  const group = `in-tree:${stack}:${port}`;
  const at = trace.hops.indexOf(hop);
  const node = at < 0 ? undefined : trace.hops.slice(at + 1).find((h) => h.at === 'node');
  const nodePort = Number(hop.dst.split(':').at(-1));
  return node ? diagramId.inTreeTarget(group, node.name, nodePort) : diagramId.targetGroup(group);
}

/** The diagram element a hop happens at. */
export function hopElementId(hop: Hop, trace: Trace): string {
  const stack = trace.summary.loadBalancer ?? '';
  switch (hop.at) {
    case 'client':
      return diagramId.client();
    case 'dns':
      return diagramId.dns();
    case 'alb':
    case 'nlb':
    case 'clb':
      // Only the in-tree path has a load-balancer hop with `before` (its connection to a node).
      return hop.before && trace.summary.targetGroup === null
        ? inTreeTargetElementId(hop, trace)
        : diagramId.loadBalancer(stack);
    case 'listener':
      return diagramId.listener(stack, Number(hop.name.split(':')[1]));
    case 'rule': {
      const port = Number((trace.summary.listener ?? ':0').split(':')[1]);
      return hop.name === 'default'
        ? diagramId.listener(stack, port)
        : diagramId.rule(stack, port, Number(hop.name));
    }
    case 'target-group': {
      if (!hop.target) return diagramId.targetGroup(hop.name);
      const [id = '', port = '0'] = hop.target.split(/:(?=\d+$)/);
      return diagramId.target(hop.name, id, Number(port));
    }
    case 'node':
      return diagramId.node(hop.name);
    case 'kube-proxy':
      return diagramId.kubeProxy(hop.name);
    case 'pod': {
      const [namespace = '', name = ''] = hop.name.split('/');
      return diagramId.pod(namespace, name);
    }
  }
}

/**
 * Turns a trace into timed segments: the request hop by hop, then the response back. Consecutive
 * hops at the same element (the ALB then its listener…) still get a segment so every hop is a step.
 */
export function buildPacketTimeline(trace: Trace, segmentMs: number = SEGMENT_MS): PacketTimeline {
  const segments: PacketSegment[] = [];
  let clock = 0;
  const walk = (hops: readonly Hop[], direction: 'request' | 'response', start: string | null) => {
    let previous = start;
    for (const [at, hop] of hops.entries()) {
      const to = hopElementId(hop, trace);
      const from = previous ?? to;
      const hold = packetHoldAt(hops, at);
      const startMs = clock;
      clock += segmentMs + (hold ? (HOLD_MS * segmentMs) / SEGMENT_MS : 0);
      segments.push({
        from,
        to,
        startMs,
        endMs: clock,
        direction,
        hop,
        index: segments.length,
        travelMs: segmentMs,
        hold,
      });
      previous = to;
    }
    return previous;
  };
  // The request starts at the client (its first hop is the DNS lookup).
  const last = walk(trace.hops, 'request', diagramId.client());
  walk(trace.response, 'response', last);
  return { segments, durationMs: clock };
}

/**
 * Where the packet is at virtual time t: the segment it travels and how far along (0–1); after
 * its travel time it stands at the hop (1) until the segment ends.
 */
export function packetPositionAt(
  timeline: PacketTimeline,
  t: number,
): { segment: PacketSegment; progress: number } | null {
  if (timeline.segments.length === 0) return null;
  const clamped = Math.min(Math.max(t, 0), timeline.durationMs);
  const segment =
    timeline.segments.find((s) => clamped >= s.startMs && clamped < s.endMs) ??
    timeline.segments.at(-1)!;
  const progress = Math.min(1, (clamped - segment.startMs) / segment.travelMs);
  return { segment, progress };
}

/**
 * The element the packet is drawn at for an element id: a node hop happens on the node's ENI
 * (the packet arrives on it at the NodePort, or the VPC delivers it there for a pod's secondary
 * IP), so the token and the route go through the ENI; everything else is itself.
 */
export const routeElementOf = (id: string): string =>
  id.startsWith('node:') ? `eni:${id.slice('node:'.length)}` : id;

/** The elements the request passes, in order, once each (as route elements). */
export function packetPath(timeline: PacketTimeline): string[] {
  const path: string[] = [];
  for (const segment of timeline.segments) {
    if (segment.direction !== 'request') continue;
    for (const id of [segment.from, segment.to].map(routeElementOf))
      if (path.at(-1) !== id) path.push(id);
  }
  return path;
}

const inNode = /^(eni|kube-proxy|pod):/;

/**
 * The hops inside the cluster the scene's wiring does not draw: kube-proxy's DNAT to a pod on
 * another node (through that node's ENI: the second hop of §9.2), and the ENI handing the packet
 * to the pod. Drawn only on the packet's route.
 */
export function packetRouteEdges(timeline: PacketTimeline): SceneEdge[] {
  const path = packetPath(timeline);
  const edges: SceneEdge[] = [];
  for (let i = 1; i < path.length; i++) {
    const source = path[i - 1]!;
    const target = path[i]!;
    if (!inNode.test(source) || !inNode.test(target)) continue;
    edges.push({ id: `data:${source}->${target}`, source, target, kind: 'data', routeOnly: true });
  }
  return edges;
}
