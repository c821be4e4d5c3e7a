import type { PodObject } from '../kubernetes/objects.ts';
import { intToIp, ipToInt } from '../util/ip.ts';
import { at, emit, podKey, say, type Sim, type SimPod } from './sim.ts';
import type { PodPhase } from './sim-events.ts';
import { isPodReady, selects, serviceKey } from './snapshot.ts';
import { TIMINGS } from './timings.ts';
import { reconcileDeployments } from './deployments.ts';
import { finishDrainingOfPod } from './draining.ts';
import { onEndpointsChanged, onPodCreated } from './watch.ts';

const pending = new WeakMap<Sim, Set<string>>();

/** Pod changes the informers deliver (process-level steps such as SIGTERM are not object changes). */
const WATCH_VERB: Partial<Record<PodPhase, 'ADDED' | 'MODIFIED' | 'DELETED'>> = {
  created: 'ADDED',
  'containers-ready': 'MODIFIED',
  ready: 'MODIFIED',
  'not-ready': 'MODIFIED',
  terminating: 'MODIFIED',
  deleted: 'DELETED',
};

/** The EndpointSlice and then kube-proxy catch up with a pod change, a little later each. */
function endpointsMayChange(sim: Sim, pod: PodObject): void {
  const waiting = pending.get(sim) ?? new Set<string>();
  pending.set(sim, waiting);
  for (const svc of sim.services.values()) {
    if (!selects(svc, pod)) continue;
    const key = serviceKey(svc);
    if (waiting.has(key)) continue;
    waiting.add(key);
    at(sim, sim.nowMs + TIMINGS.endpointSliceDelay, `endpoints ${key}`, () => {
      waiting.delete(key);
      const members = [...sim.pods.values()].filter(
        (p) => !p.exited && selects(svc, p.object) && p.object.podIP,
      );
      const ready = members.filter(isPodReady);
      emit(
        sim,
        {
          kind: 'endpoints',
          service: key,
          ready: ready.length,
          notReady: members.filter((p) => !isPodReady(p) && !p.terminating).length,
          terminating: members.filter((p) => p.terminating).length,
        },
        say('endpoints.updated', { service: key, ready: ready.length }),
        [`service:${key}`, `endpointslice:${key}`],
      );
      emit(
        sim,
        {
          kind: 'watch',
          verb: 'MODIFIED',
          object: key,
          objectKind: 'EndpointSlice',
          before: null,
          after: { ready: ready.length },
        },
        say('watch.event', { verb: 'MODIFIED', kind: 'EndpointSlice', object: key }),
        [`endpointslice:${key}`, 'apiserver', 'controller'],
      );
      onEndpointsChanged(sim, key);
      const view = ready.map((p) => podKey(p.object));
      at(sim, sim.nowMs + TIMINGS.kubeProxySync, `kube-proxy ${key}`, () => {
        sim.proxy.set(key, view);
        for (const node of sim.nodes.values()) {
          if (node.dead) continue;
          emit(
            sim,
            {
              kind: 'kube-proxy-sync',
              node: node.object.meta.name,
              service: key,
              endpoints: view.length,
              pods: view,
            },
            say('kubeProxy.synced', {
              node: node.object.meta.name,
              service: key,
              endpoints: view.length,
            }),
            [`kube-proxy:${node.object.meta.name}`],
          );
        }
      });
    });
  }
}

/** Record a pod change: bump the version, narrate it, and let endpoints follow. */
export function podChanged(sim: Sim, pod: SimPod, phase: PodPhase): void {
  sim.version++;
  const key = podKey(pod.object);
  emit(
    sim,
    { kind: 'pod', pod: key, node: pod.object.nodeName, ip: pod.object.podIP, phase },
    say(`pod.${phase}`, { pod: key, node: pod.object.nodeName ?? '' }),
    [`pod:${key}`],
  );
  const verb = WATCH_VERB[phase];
  if (verb) {
    emit(
      sim,
      { kind: 'watch', verb, object: key, objectKind: 'Pod', before: null, after: null },
      say('watch.event', { verb, kind: 'Pod', object: key }),
      [`pod:${key}`, 'apiserver', 'controller'],
    );
  }
  endpointsMayChange(sim, pod.object);
  if (pod.object.generatedFrom) reconcileDeployments(sim);
}

function allocateIp(sim: Sim, nodeIp: string): string | null {
  const base = ipToInt(nodeIp);
  if (base === null) return null;
  const used = sim.usedIps;
  const network = Math.floor(base / 256) * 256;
  for (let host = 101; host < 101 + 253; host++) {
    const candidate = intToIp(network + (((host - 2) % 253) + 2));
    if (!used.has(candidate) && candidate !== nodeIp) return candidate;
  }
  return null;
}

/** The schedulable Ready node with the fewest running pods (ties by name). */
function pickNode(sim: Sim): string | null {
  let best: { name: string; count: number } | null = null;
  for (const node of sim.nodes.values()) {
    if (node.dead || node.unschedulable || node.object.ready !== 'True') continue;
    const name = node.object.meta.name;
    const count = sim.podsPerNode.get(name) ?? 0;
    if (!best || count < best.count || (count === best.count && name < best.name))
      best = { name, count };
  }
  return best?.name ?? null;
}

/** Create a pod from a template: scheduled, given an IP, then ready after start-up. */
export function createPod(sim: Sim, template: PodObject, revision: number): SimPod | null {
  const nodeName = pickNode(sim);
  const node = nodeName ? sim.nodes.get(nodeName) : undefined;
  const ip = node?.object.internalIP ? allocateIp(sim, node.object.internalIP) : null;
  const pod: SimPod = {
    object: { ...template, nodeName: nodeName, podIP: ip },
    gates: new Map(),
    containersReady: false,
    terminating: false,
    accepting: false,
    exited: false,
    revision,
  };
  sim.pods.set(podKey(pod.object), pod);
  if (ip) sim.usedIps.add(ip);
  if (nodeName) sim.podsPerNode.set(nodeName, (sim.podsPerNode.get(nodeName) ?? 0) + 1);
  onPodCreated(sim, pod);
  podChanged(sim, pod, 'created');
  if (!node || !ip) return pod;
  at(
    sim,
    sim.nowMs + TIMINGS.podScheduling + TIMINGS.podStartup,
    `start ${podKey(pod.object)}`,
    () => {
      if (pod.terminating || pod.exited) return;
      pod.containersReady = true;
      pod.accepting = true;
      podChanged(sim, pod, isPodReady(pod) ? 'ready' : 'containers-ready');
    },
  );
  return pod;
}

/** Delete a pod gracefully: endpoints drop it, preStop runs, SIGTERM, the app exits. */
export function terminatePod(sim: Sim, pod: SimPod): void {
  if (pod.terminating || pod.exited) return;
  pod.terminating = true;
  podChanged(sim, pod, 'terminating');
  const key = podKey(pod.object);
  const graceMs = pod.object.terminationGracePeriodSeconds * 1000;
  const preStopMs = Math.min(pod.object.preStopSeconds * 1000, graceMs);
  const sigterm = () => {
    pod.accepting = false;
    podChanged(sim, pod, 'sigterm');
    at(sim, sim.nowMs + TIMINGS.appShutdown, `exit ${key}`, () => {
      pod.exited = true;
      pod.containersReady = false;
      podChanged(sim, pod, 'exited');
      finishDrainingOfPod(sim, key);
      sim.pods.delete(key);
      if (pod.object.podIP) sim.usedIps.delete(pod.object.podIP);
      if (pod.object.nodeName)
        sim.podsPerNode.set(
          pod.object.nodeName,
          (sim.podsPerNode.get(pod.object.nodeName) ?? 1) - 1,
        );
      podChanged(sim, pod, 'deleted');
    });
  };
  if (preStopMs > 0) {
    at(sim, sim.nowMs + preStopMs, `preStop ${key}`, () => {
      podChanged(sim, pod, 'prestop-done');
      sigterm();
    });
  } else sigterm();
}
