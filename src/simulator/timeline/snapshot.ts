import type { PodObject, ServiceObject } from '../kubernetes/objects.ts';
import type { World } from '../world/world.ts';
import type { Sim, SimPod } from './sim.ts';

const cache = new WeakMap<Sim, { version: number; world: World }>();

/** Ready = containers ready, every readiness gate True, and not terminating. */
export const isPodReady = (pod: SimPod): boolean =>
  pod.containersReady && !pod.terminating && [...pod.gates.values()].every(Boolean);

export function podObjectOf(pod: SimPod): PodObject {
  return {
    ...pod.object,
    ready: isPodReady(pod),
    containersReady: pod.containersReady,
    terminating: pod.terminating,
    readinessGates: [...pod.gates.keys()],
  };
}

/** The cluster as the API server shows it now (what the controller's informers see). */
export function snapshotWorld(sim: Sim): World {
  const hit = cache.get(sim);
  if (hit && hit.version === sim.version) return hit.world;
  const world: World = {
    ...sim.current,
    nodes: [...sim.nodes.values()].map((n) => n.object),
    pods: [...sim.pods.values()].filter((p) => !p.exited).map(podObjectOf),
    services: [...sim.services.values()],
  };
  cache.set(sim, { version: sim.version, world });
  return world;
}

export const selects = (svc: ServiceObject, pod: PodObject): boolean => {
  const selector = Object.entries(svc.selector ?? {});
  return (
    selector.length > 0 &&
    pod.meta.namespace === svc.meta.namespace &&
    selector.every(([k, v]) => pod.meta.labels[k] === v)
  );
};

export const serviceKey = (svc: ServiceObject) => `${svc.meta.namespace}/${svc.meta.name}`;
