import type { NodeObject, PodObject, ServiceObject, ServicePort } from '../kubernetes/objects.ts';
import { clusterIndex } from '../reconcile/targets/cluster-index.ts';
import type { SeededRandom } from '../util/seeded-random.ts';
import type { World } from '../world/world.ts';
import { ephemeralPort } from './addresses.ts';
import { endpointChain, serviceChains, statisticProbabilities } from './kube-proxy-chains.ts';
import type { Hop } from './trace-types.ts';

/** Where the request ended up on the cluster side, and how the reply finds its way back. */
export interface Delivery {
  hops: Hop[];
  /** Reply hops from the pod back to the load balancer's side. */
  replyHops: Hop[];
  /** null: the pod answered; else the status the load balancer turns the failure into. */
  failure: { status: number; note: string } | null;
  pod: PodObject | null;
  snat: boolean;
  /** The address the pod's socket sees as the source. */
  podSource: string | null;
}

const podKey = (pod: PodObject) => `${pod.meta.namespace}/${pod.meta.name}`;
const servicePortName = (svc: ServiceObject, port: ServicePort) =>
  `${svc.meta.namespace}/${svc.meta.name}${port.name ? `:${port.name}` : ''}`;

/**
 * §9.2: a packet for nodeIP:NodePort walks KUBE-SERVICES → KUBE-NODEPORTS → KUBE-EXT →
 * (KUBE-MARK-MASQ) → KUBE-SVC (or KUBE-SVL) → KUBE-SEP, is DNATed to a random ready endpoint,
 * masqueraded to the node's IP under the Cluster policy, and may cross to another node.
 */
export function deliverThroughNodePort(
  world: World,
  svc: ServiceObject,
  port: ServicePort,
  node: NodeObject,
  arriving: { src: string; dst: string },
  rng: SeededRandom,
): Delivery {
  const index = clusterIndex(world);
  const local = svc.externalTrafficPolicy === 'Local';
  const nodeIp = node.internalIP ?? '0.0.0.0';
  const name = servicePortName(svc, port);
  const protocol = port.protocol.toLowerCase();
  const chains = serviceChains(name, protocol);
  const ready = index.endpoints(svc, port).filter((e) => e.ready);
  const candidates = local ? ready.filter((e) => e.pod.nodeName === node.meta.name) : ready;
  const nodeHop: Hop = {
    at: 'node',
    name: node.meta.name,
    ...arriving,
    note: `arrives on ${node.meta.name}'s ENI at ${arriving.dst}`,
  };
  const path = [
    'KUBE-SERVICES',
    'KUBE-NODEPORTS',
    chains.ext,
    ...(local ? [chains.svl] : ['KUBE-MARK-MASQ', chains.svc]),
  ];

  if (candidates.length === 0) {
    // No endpoint: no DNAT rule matches in nat; the filter chain KUBE-EXTERNAL-SERVICES rejects
    // (no endpoints at all) or drops (Local, none on this node) the packet (§9.2).
    const rejected = !local || ready.length === 0;
    const note = rejected
      ? `KUBE-EXTERNAL-SERVICES: ${name} has no endpoints — kube-proxy REJECTs the connection`
      : `${name} has no local endpoints on ${node.meta.name} — KUBE-EXTERNAL-SERVICES drops the packet`;
    const walked = rejected
      ? ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-EXTERNAL-SERVICES']
      : ['KUBE-SERVICES', 'KUBE-NODEPORTS', chains.ext, 'KUBE-EXTERNAL-SERVICES'];
    return {
      hops: [
        nodeHop,
        { at: 'kube-proxy', name: node.meta.name, ...arriving, note, chains: walked },
      ],
      replyHops: [],
      failure: rejected
        ? { status: 502, note: 'the target refused the connection (502 Bad Gateway)' }
        : { status: 504, note: 'the target never answered (504 Gateway Timeout)' },
      pod: null,
      snat: false,
      podSource: null,
    };
  }

  const chosen = candidates[rng.int(candidates.length)]!;
  const endpoint = `${chosen.ip}:${chosen.port}`;
  const sep = endpointChain(name, protocol, endpoint);
  const snatPort = ephemeralPort(rng);
  const src = local ? arriving.src : `${nodeIp}:${snatPort}`;
  const dst = endpoint;
  const probabilities = statisticProbabilities(candidates.length);
  const kubeProxy: Hop = {
    at: 'kube-proxy',
    name: node.meta.name,
    before: arriving,
    src,
    dst,
    chains: [...path, sep],
    note: `${local ? 'Local: local endpoints only, no masquerade' : 'Cluster: marked for masquerade'}; ${candidates.length} endpoint(s)${probabilities.length ? ` (probabilities ${probabilities.join(', ')}, then the rest)` : ''}; DNAT to ${endpoint}${local ? '' : `; POSTROUTING MASQUERADE → source ${nodeIp}`}`,
  };
  const hops: Hop[] = [nodeHop, kubeProxy];
  const podNode = chosen.pod.nodeName ? index.nodesByName.get(chosen.pod.nodeName) : undefined;
  const crossNode = podNode !== undefined && podNode.meta.name !== node.meta.name;
  if (crossNode) {
    hops.push({
      at: 'node',
      name: podNode.meta.name,
      src,
      dst,
      note: `the pod lives on ${podNode.meta.name}: the packet leaves ${node.meta.name}'s ENI and the VPC delivers it (a second hop)`,
    });
  }
  hops.push({
    at: 'pod',
    name: podKey(chosen.pod),
    src,
    dst,
    note: `${chosen.pod.meta.name} receives it from ${src.split(':')[0]}${local ? '' : ' (the node, after SNAT)'}`,
  });

  const replyHops: Hop[] = [
    {
      at: 'pod',
      name: podKey(chosen.pod),
      src: dst,
      dst: src,
      note: `${chosen.pod.meta.name} answers ${src.split(':')[0]}`,
    },
  ];
  if (crossNode)
    replyHops.push({
      at: 'node',
      name: podNode.meta.name,
      src: dst,
      dst: src,
      note: `back across the VPC to ${node.meta.name}`,
    });
  replyHops.push({
    at: 'kube-proxy',
    name: node.meta.name,
    before: { src: dst, dst: src },
    src: arriving.dst,
    dst: arriving.src,
    note: `conntrack on ${node.meta.name} reverses ${local ? 'the DNAT' : 'the SNAT and the DNAT'}`,
  });
  return {
    hops,
    replyHops,
    failure: null,
    pod: chosen.pod,
    snat: !local,
    podSource: src.split(':')[0] ?? null,
  };
}

/** §9.3: ip targets — straight to podIP:port through the node's ENI; no kube-proxy NAT. */
export function deliverToPodIp(
  world: World,
  podIp: string,
  port: number,
  arriving: { src: string; dst: string },
): Delivery {
  const owns = (p: World['pods'][number]) => p.podIP === podIp || !!p.podIPs?.includes(podIp);
  const pod =
    world.pods.find((p) => owns(p) && !p.terminating) ?? world.pods.find(owns) ?? null;
  const node = pod?.nodeName ? clusterIndex(world).nodesByName.get(pod.nodeName) : undefined;
  const hops: Hop[] = [];
  if (node) {
    hops.push({
      at: 'node',
      name: node.meta.name,
      ...arriving,
      note: `enters ${node.meta.name} through the ENI that owns ${podIp}; routed to the pod's veth (netfilter and conntrack see it, kube-proxy's NAT rules do not match)`,
    });
  }
  if (!pod) {
    return {
      hops,
      replyHops: [],
      failure: { status: 502, note: `nothing answers at ${podIp}:${port} (502 Bad Gateway)` },
      pod: null,
      snat: false,
      podSource: null,
    };
  }
  hops.push({
    at: 'pod',
    name: podKey(pod),
    ...arriving,
    note: `${pod.meta.name} receives it from ${arriving.src.split(':')[0]} directly`,
  });
  const replyHops: Hop[] = [
    {
      at: 'pod',
      name: podKey(pod),
      src: arriving.dst,
      dst: arriving.src,
      note: `${pod.meta.name} answers ${arriving.src.split(':')[0]}`,
    },
  ];
  if (node)
    replyHops.push({
      at: 'node',
      name: node.meta.name,
      src: arriving.dst,
      dst: arriving.src,
      note: `leaves through the pod's ENI straight back`,
    });
  return {
    hops,
    replyHops,
    failure: null,
    pod,
    snat: false,
    podSource: arriving.src.split(':')[0] ?? null,
  };
}
