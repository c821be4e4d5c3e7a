import type { Hop } from '../simulator/index.ts';

/** A packet's L3/L4 addresses ("ip:port"). */
export interface Addresses {
  src: string;
  dst: string;
}

/**
 * The addresses the packet had just before hop `index` of `hops` (one direction of a trace): the
 * hop's own `before` when it rewrote them, else what the previous hop sent. The first hop of a
 * direction, and the client's request after its DNS lookup (another exchange), have none.
 */
export function addressesBefore(hops: readonly Hop[], index: number): Addresses | null {
  const hop = hops[index];
  if (!hop) return null;
  if (hop.before) return { src: hop.before.src, dst: hop.before.dst };
  const previous = index > 0 ? hops[index - 1] : undefined;
  if (!previous || previous.at === 'dns') return null;
  return { src: previous.src, dst: previous.dst };
}

/** Why the packet stops for a beat at a hop: its addresses are rewritten, or TLS ends there. */
export type PacketHold = 'nat' | 'tls';

/**
 * A hop the reader should watch: one that rewrites the addresses (kube-proxy's DNAT and SNAT,
 * conntrack undoing them, a proxy opening its own connection) or a listener that terminates TLS.
 */
export function packetHoldAt(hops: readonly Hop[], index: number): PacketHold | null {
  const hop = hops[index];
  if (!hop) return null;
  if (hop.at === 'listener' && /^(HTTPS|TLS):/.test(hop.name)) return 'tls';
  const before = addressesBefore(hops, index);
  return before && (before.src !== hop.src || before.dst !== hop.dst) ? 'nat' : null;
}
