import type {
  NodeObject,
  PodObject,
  ServiceObject,
  ServicePort,
} from '../../kubernetes/objects.ts';
import type { World } from '../../world/world.ts';

/** One entry of a Service's EndpointSlice for one Service port. */
export interface Endpoint {
  pod: PodObject;
  ip: string;
  port: number;
  ready: boolean;
  terminating: boolean;
}

/** Look-ups the target resolvers need, built once per world. */
export interface ClusterIndex {
  nodesByName: ReadonlyMap<string, NodeObject>;
  endpoints(svc: ServiceObject, port: ServicePort): Endpoint[];
}

const cache = new WeakMap<World, ClusterIndex>();

/**
 * The pod address a Service's EndpointSlice lists (§14b): an IPv6 address when the Service has
 * the IPv6 family (its target group is `ipv6`), an IPv4 one otherwise — the slices the controller
 * reads for that target group. A pod whose `podIPs` has no address of that family is not listed;
 * without `podIPs` the input says nothing about families and `podIP` is used.
 */
export function endpointAddress(pod: PodObject, svc: ServiceObject): string | null {
  if (!pod.podIPs || pod.podIPs.length === 0) return pod.podIP;
  const ipv6 = svc.ipFamilies.includes('IPv6');
  return pod.podIPs.find((ip) => ip.includes(':') === ipv6) ?? null;
}

/** The container port a Service targetPort resolves to on one Pod (a name resolves per Pod). */
export function resolveTargetPort(pod: PodObject, targetPort: number | string): number | null {
  if (typeof targetPort === 'number') return targetPort;
  return pod.containerPorts.find((p) => p.name === targetPort)?.containerPort ?? null;
}

export function clusterIndex(world: World): ClusterIndex {
  const cached = cache.get(world);
  if (cached) return cached;
  const nodesByName = new Map(world.nodes.map((n) => [n.meta.name, n]));
  const podsByNamespace = new Map<string, PodObject[]>();
  for (const pod of world.pods) {
    const list = podsByNamespace.get(pod.meta.namespace) ?? [];
    list.push(pod);
    podsByNamespace.set(pod.meta.namespace, list);
  }
  const endpointCache = new Map<string, Endpoint[]>();
  const index: ClusterIndex = {
    nodesByName,
    endpoints(svc, port) {
      const key = `${svc.meta.namespace}/${svc.meta.name}:${port.port}/${port.protocol}`;
      const hit = endpointCache.get(key);
      if (hit) return hit;
      const selector = Object.entries(svc.selector ?? {});
      const result: Endpoint[] = [];
      if (selector.length > 0) {
        for (const pod of podsByNamespace.get(svc.meta.namespace) ?? []) {
          const ip = endpointAddress(pod, svc);
          if (!ip || !selector.every(([k, v]) => pod.meta.labels[k] === v)) continue;
          const containerPort = resolveTargetPort(pod, port.targetPort);
          if (containerPort === null) continue;
          result.push({
            pod,
            ip,
            port: containerPort,
            ready: pod.ready,
            terminating: pod.terminating,
          });
        }
      }
      endpointCache.set(key, result);
      return result;
    },
  };
  cache.set(world, index);
  return index;
}
