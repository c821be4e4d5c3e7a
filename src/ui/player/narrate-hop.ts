import type { MessageKey } from '../../i18n/messages.en.ts';
import type { PacketSegment } from '../../scene/packet-timeline.ts';
import type { Hop, Trace } from '../../simulator/index.ts';

type NarrationKey = Extract<MessageKey, `narration.${string}`>;

/** A sentence about one hop: a message key and its values, translated by the caller. */
export interface HopNarration {
  key: NarrationKey;
  params: Record<string, string | number>;
}

const hostOf = (address: string) => address.replace(/:\d+$/, '');
const portOf = (address: string) => address.match(/:(\d+)$/)?.[1] ?? '';

/** "ALB", "NLB" or "CLB": the kind of load balancer this trace went through. */
export function loadBalancerKind(trace: Trace): string {
  const hop = trace.hops.find((h) => h.at === 'alb' || h.at === 'nlb' || h.at === 'clb');
  return (hop?.at ?? 'alb').toUpperCase();
}

function urlParts(trace: Trace): { host: string; path: string } {
  try {
    const url = new URL(
      trace.request.url.includes('://') ? trace.request.url : `http://${trace.request.url}`,
    );
    return { host: url.hostname, path: url.pathname + url.search };
  } catch {
    return { host: trace.request.url, path: '/' };
  }
}

/** True when the simulator could not read the URL: the client sends nothing at all. */
export function isNotUrl(trace: Trace): boolean {
  return trace.hops.length === 1 && trace.hops[0]?.at === 'client' && trace.status === 0;
}

/** The hops of the segment's direction and where the segment's hop sits among them. */
function neighbours(segment: PacketSegment, trace: Trace) {
  const hops = segment.direction === 'request' ? trace.hops : trace.response;
  const index = segment.direction === 'request' ? segment.index : segment.index - trace.hops.length;
  return { previous: hops[index - 1], next: hops[index + 1], hops };
}

function narrateRequest(hop: Hop, segment: PacketSegment, trace: Trace): HopNarration {
  const { previous, next, hops } = neighbours(segment, trace);
  const lb = loadBalancerKind(trace);
  switch (hop.at) {
    case 'dns': {
      // The DNS hop goes to the resolver; the load balancer's address is where the client then
      // connects. With no such hop, no load balancer answered for the name.
      const client = hops.find((h) => h.at === 'client');
      if (!client) return { key: 'narration.request.dnsNoAnswer', params: { host: hop.name } };
      return {
        key: 'narration.request.dns',
        params: { host: hop.name, address: hostOf(client.dst) },
      };
    }
    case 'client':
      if (isNotUrl(trace))
        return { key: 'narration.request.notUrl', params: { url: trace.request.url } };
      return {
        key: 'narration.request.client',
        params: { client: hop.name, dst: hop.dst, path: urlParts(trace).path },
      };
    case 'alb':
    case 'nlb':
    case 'clb':
      if (hop.before)
        return {
          key: 'narration.request.toInstance',
          params: { lb, target: hop.dst, node: next?.at === 'node' ? next.name : hostOf(hop.dst) },
        };
      return {
        key: 'narration.request.loadBalancer',
        params: { lb, name: hop.name, port: portOf(hop.dst) },
      };
    case 'listener':
      return {
        key:
          hop.name.startsWith('HTTPS:') || hop.name.startsWith('TLS:')
            ? 'narration.request.listenerTls'
            : 'narration.request.listener',
        params: { name: hop.name },
      };
    case 'rule':
      return hop.name === 'default'
        ? { key: 'narration.request.ruleDefault', params: {} }
        : { key: 'narration.request.rule', params: { priority: hop.name } };
    case 'target-group': {
      if (!hop.target) return { key: 'narration.request.targetGroup', params: { name: hop.name } };
      const node = next?.at === 'node' ? next.name : '?';
      if (trace.summary.targetType === 'ip') {
        const pod = hops.find((h) => h.at === 'pod')?.name ?? '?';
        return { key: 'narration.request.toPod', params: { lb, pod, target: hop.target, node } };
      }
      return { key: 'narration.request.toInstance', params: { lb, target: hop.target, node } };
    }
    case 'node':
      if (next?.at === 'kube-proxy')
        return { key: 'narration.request.nodePort', params: { node: hop.name, dst: hop.dst } };
      if (previous?.at === 'kube-proxy')
        return { key: 'narration.request.crossNode', params: { node: hop.name } };
      if (trace.summary.targetType === 'ip')
        return { key: 'narration.request.nodeDirect', params: { node: hop.name } };
      return { key: 'narration.request.node', params: { node: hop.name, dst: hop.dst } };
    case 'kube-proxy': {
      const snat = hop.before !== undefined && hop.before.src !== hop.src;
      return {
        key: snat ? 'narration.request.kubeProxySnat' : 'narration.request.kubeProxy',
        params: { node: hop.name, pod: hop.dst, src: hop.src },
      };
    }
    case 'pod':
      return { key: 'narration.request.pod', params: { pod: hop.name, src: hop.src } };
  }
}

function narrateResponse(hop: Hop, segment: PacketSegment, trace: Trace): HopNarration {
  const { next } = neighbours(segment, trace);
  const lb = loadBalancerKind(trace);
  const addresses = { src: hop.src, dst: hop.dst };
  switch (hop.at) {
    case 'pod':
      return { key: 'narration.response.pod', params: { pod: hop.name, dst: hop.dst } };
    case 'node':
      if (next?.at === 'kube-proxy' && next.name !== hop.name)
        return { key: 'narration.response.crossNode', params: addresses };
      if (trace.summary.targetType === 'ip')
        return { key: 'narration.response.nodeDirect', params: { dst: hop.dst } };
      return { key: 'narration.response.node', params: { node: hop.name, ...addresses } };
    case 'kube-proxy':
      return { key: 'narration.response.kubeProxy', params: { node: hop.name, ...addresses } };
    case 'target-group':
      return { key: 'narration.response.targetGroup', params: { lb, name: hop.name } };
    case 'client':
      return { key: 'narration.response.client', params: { lb, status: trace.status } };
    case 'alb':
    case 'nlb':
    case 'clb':
    case 'dns':
    case 'listener':
    case 'rule':
      return {
        key: 'narration.response.loadBalancer',
        params: { lb, status: trace.status, ...addresses },
      };
  }
}

/** What a step shows, in one sentence built from its hop (never from the simulator's English notes). */
export function narrateSegment(segment: PacketSegment, trace: Trace): HopNarration {
  return segment.direction === 'request'
    ? narrateRequest(segment.hop, segment, trace)
    : narrateResponse(segment.hop, segment, trace);
}
