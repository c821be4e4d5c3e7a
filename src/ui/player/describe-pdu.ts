import type { PacketSegment } from '../../scene/packet-timeline.ts';
import { addressesBefore, type Addresses } from '../../scene/packet-rewrite.ts';
import type { Trace } from '../../simulator/index.ts';

export type { Addresses };

/** How a hop changed the packet's addresses. */
export type Rewrite = 'dnat' | 'snat' | 'dnat-snat' | 'un-nat' | 'proxy';

export interface PduHeader {
  name: string;
  value: string;
  /** True when an earlier hop carried headers and this one was not among them. */
  addedHere: boolean;
  /** Its value at the last earlier hop that carried headers (null: not there). */
  before: string | null;
}

/** What Packet Tracer's PDU view would show for one hop: L3/L4 in and out, L7, iptables. */
export interface PduView {
  /** The addresses as the packet arrived (null: the hop starts the exchange). */
  in: Addresses | null;
  out: Addresses;
  rewrite: Rewrite | null;
  headers: PduHeader[] | null;
  chains: string[] | null;
}

/** A proxy (ALB, CLB) ends the client's connection; an NLB or kube-proxy translates addresses. */
function classify(segment: PacketSegment, trace: Trace, before: Addresses): Rewrite | null {
  const { hop } = segment;
  const srcChanged = before.src !== hop.src;
  const dstChanged = before.dst !== hop.dst;
  if (!srcChanged && !dstChanged) return null;
  // A proxy's connections: its own to the target, and the client's it answers on the way back.
  const proxied = trace.hops.some((h) => h.at === 'alb' || h.at === 'clb');
  if (proxied && (hop.at === 'target-group' || hop.at === 'alb' || hop.at === 'clb'))
    return 'proxy';
  if (segment.direction === 'response') return 'un-nat';
  if (srcChanged && dstChanged) return 'dnat-snat';
  return dstChanged ? 'dnat' : 'snat';
}

function headersOf(segment: PacketSegment, trace: Trace): PduHeader[] | null {
  const own = segment.hop.headers;
  if (!own) return null;
  const hops = segment.direction === 'request' ? trace.hops : trace.response;
  const index = segment.direction === 'request' ? segment.index : segment.index - trace.hops.length;
  const earlier = hops
    .slice(0, Math.max(0, index))
    .reverse()
    .find((h) => h.headers !== undefined)?.headers;
  return Object.entries(own).map(([name, value]) => ({
    name,
    value,
    addedHere: earlier !== undefined && !Object.hasOwn(earlier, name),
    before: earlier !== undefined && Object.hasOwn(earlier, name) ? (earlier[name] ?? null) : null,
  }));
}

/** The packet at one hop: its addresses before and after, its headers, kube-proxy's chains. */
export function describePdu(segment: PacketSegment, trace: Trace): PduView {
  const { hop } = segment;
  const hops = segment.direction === 'request' ? trace.hops : trace.response;
  const index = segment.direction === 'request' ? segment.index : segment.index - trace.hops.length;
  const before = addressesBefore(hops, index);
  return {
    in: before,
    out: { src: hop.src, dst: hop.dst },
    rewrite: before ? classify(segment, trace, before) : null,
    headers: headersOf(segment, trace),
    chains: hop.chains && hop.chains.length > 0 ? [...hop.chains] : null,
  };
}
