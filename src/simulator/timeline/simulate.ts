import { matchesSelector } from '../world/expand-deployments.ts';
import type { World } from '../world/world.ts';
import { seededRandom } from '../util/seeded-random.ts';
import type { SimAction } from './actions.ts';
import { applyAction } from './apply-action.ts';
import { enqueueAllStacks } from './controller.ts';
import { startController } from './irsa.ts';
import { EventQueue } from './event-queue.ts';
import { initialReplicas, listAndWatch } from './controller-availability.ts';
import { at, podKey, type Sim, type SimPod } from './sim.ts';
import type { Timeline } from './sim-events.ts';
import { isPodReady, selects } from './snapshot.ts';

export interface SimulateOptions {
  seed?: number;
  /** Stop the clock here (default: two minutes after the last action or traffic window). */
  untilMs?: number;
}

const DEFAULT_TAIL_MS = 120_000;

function createSim(world: World, seed: number): Sim {
  const pods = new Map<string, SimPod>();
  const deployments = new Map(
    world.deployments.map((d) => [
      `${d.meta.namespace}/${d.meta.name}`,
      {
        object: d,
        replicas: d.replicas,
        revision: 0,
        preStopSeconds: d.preStopSeconds,
        nextOrdinal: 1,
      },
    ]),
  );
  for (const pod of world.pods) {
    const owner = world.deployments.find(
      (d) =>
        d.meta.namespace === pod.meta.namespace &&
        Object.keys(d.selector).length > 0 &&
        matchesSelector(d.selector, pod.meta.labels),
    );
    const object = owner
      ? { ...pod, generatedFrom: `${owner.meta.namespace}/${owner.meta.name}` }
      : pod;
    pods.set(podKey(pod), {
      object,
      gates: new Map(pod.readinessGates.map((g) => [g, pod.ready])),
      containersReady: pod.containersReady,
      terminating: pod.terminating,
      accepting: pod.containersReady && !pod.terminating,
      exited: false,
      revision: 0,
    });
  }
  const replicas = initialReplicas(world);
  const sim: Sim = {
    nowMs: 0,
    rng: seededRandom(seed),
    queue: new EventQueue(),
    events: [],
    current: world,
    nodes: new Map(
      world.nodes.map((n) => [n.meta.name, { object: n, dead: false, unschedulable: false }]),
    ),
    pods,
    services: new Map(world.services.map((s) => [`${s.meta.namespace}/${s.meta.name}`, s])),
    deployments,
    usedIps: new Set([...pods.values()].flatMap((p) => (p.object.podIP ? [p.object.podIP] : []))),
    podsPerNode: new Map(),
    brokenHealth: new Set(),
    version: 0,
    aws: {
      stacks: new Map(),
      targetGroups: new Map(),
      irsaFailure: world.settings.irsa.configured ? world.settings.irsa.failure : 'permission',
      backendSecurityGroup: null,
      nodeSecurityGroupPorts: new Set(),
    },
    proxy: new Map(),
    controller: {
      queued: new Set(),
      busyUntil: new Map(),
      attempts: new Map(),
      credentials: false,
      replicas,
      leader: replicas[0] ?? null,
      epoch: 0,
      term: 0,
    },
    requests: { total: 0, byStatus: {} },
  };
  for (const pod of pods.values())
    if (pod.object.nodeName)
      sim.podsPerNode.set(pod.object.nodeName, (sim.podsPerNode.get(pod.object.nodeName) ?? 0) + 1);
  for (const [key, svc] of sim.services) {
    sim.proxy.set(
      key,
      [...pods.values()]
        .filter((p) => isPodReady(p) && selects(svc, p.object))
        .map((p) => podKey(p.object)),
    );
  }
  return sim;
}

/**
 * `simulate(world, actions)`: the controller starting up (IRSA), reconciling what it finds, and
 * then every what-if in order — on a virtual clock, deterministic for a given seed.
 */
export function simulate(
  world: World,
  actions: readonly SimAction[] = [],
  options: SimulateOptions = {},
): Timeline {
  const sim = createSim(world, options.seed ?? 1);
  const lastAction = actions.reduce(
    (end, a) => Math.max(end, a.atMs + (a.type === 'traffic' ? a.durationMs : 0)),
    0,
  );
  const untilMs = options.untilMs ?? lastAction + DEFAULT_TAIL_MS;

  startController(
    sim,
    () => {
      listAndWatch(sim);
      enqueueAllStacks(sim, 'initial list');
    },
    sim.controller.leader ?? undefined,
  );
  for (const action of actions)
    at(sim, action.atMs, `action ${action.type}`, () => applyAction(sim, action));

  for (let next = sim.queue.pop(); next; next = sim.queue.pop()) {
    if (next.at > untilMs) break;
    sim.nowMs = next.at;
    next.item.run();
  }
  sim.nowMs = Math.max(sim.nowMs, Math.min(untilMs, sim.nowMs));
  return { events: sim.events, endMs: untilMs, requests: sim.requests };
}
