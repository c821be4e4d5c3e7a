import { matchesSelector } from '../world/expand-deployments.ts';
import { at, type Sim, type SimDeployment, type SimPod } from './sim.ts';
import { isPodReady } from './snapshot.ts';
import { createPod, terminatePod } from './pods.ts';
import { replicaPodName } from './replica-set-names.ts';

const resolve = (value: number | string, replicas: number, roundUp: boolean): number => {
  if (typeof value === 'number') return value;
  const percent = Number(value.replace('%', '')) / 100;
  return roundUp ? Math.ceil(replicas * percent) : Math.floor(replicas * percent);
};

const podsOf = (sim: Sim, dep: SimDeployment): SimPod[] =>
  [...sim.pods.values()].filter(
    (p) =>
      !p.exited &&
      p.object.meta.namespace === dep.object.meta.namespace &&
      matchesSelector(dep.object.selector, p.object.meta.labels),
  );

let scheduled = new WeakSet<Sim>();

/**
 * The Deployment controller, reduced to what matters here: keep `replicas` pods of the newest
 * revision, surging by maxSurge and keeping at least replicas − maxUnavailable available (Ready).
 */
export function reconcileDeployments(sim: Sim): void {
  if (scheduled.has(sim)) return;
  scheduled.add(sim);
  at(sim, sim.nowMs, 'deployment controller', () => {
    scheduled.delete(sim);
    for (const dep of sim.deployments.values()) reconcileOne(sim, dep);
  });
}

function reconcileOne(sim: Sim, dep: SimDeployment): void {
  const pods = podsOf(sim, dep).filter((p) => !p.terminating);
  const current = pods.filter((p) => p.revision === dep.revision);
  const old = pods.filter((p) => p.revision !== dep.revision);
  const notReadyFirst = (list: SimPod[]) =>
    [...list].sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)));
  const create = (count: number) => {
    for (let i = 0; i < count; i++) createPod(sim, newPodTemplate(sim, dep), dep.revision);
  };

  if (old.length === 0) {
    if (current.length < dep.replicas) create(dep.replicas - current.length);
    for (const pod of notReadyFirst(current).slice(0, Math.max(0, current.length - dep.replicas)))
      terminatePod(sim, pod);
    return;
  }
  // A rollout: surge new pods, then retire old ones while enough pods stay Ready.
  const surge = resolve(dep.object.maxSurge, dep.replicas, true);
  let unavailable = resolve(dep.object.maxUnavailable, dep.replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  create(Math.max(0, Math.min(dep.replicas - current.length, dep.replicas + surge - pods.length)));
  let canRetireReady = pods.filter(isPodReady).length - (dep.replicas - unavailable);
  for (const pod of notReadyFirst(old)) {
    if (!isPodReady(pod)) terminatePod(sim, pod);
    else if (canRetireReady > 0) {
      terminatePod(sim, pod);
      canRetireReady--;
    }
  }
}

function newPodTemplate(sim: Sim, dep: SimDeployment) {
  const base = templatePod(dep);
  const { namespace, name } = dep.object.meta;
  const podName = replicaPodName(namespace, name, dep.revision, dep.nextOrdinal++, (candidate) =>
    sim.pods.has(`${namespace}/${candidate}`),
  );
  return { ...base, meta: { ...base.meta, name: podName } };
}

function templatePod(dep: SimDeployment) {
  return {
    kind: 'Pod' as const,
    meta: {
      name: dep.object.meta.name,
      namespace: dep.object.meta.namespace,
      uid: '',
      labels: dep.object.templateLabels,
      annotations: {},
      deletionTimestamp: null,
      finalizers: [],
    },
    source: dep.object.source,
    raw: null,
    nodeName: null,
    podIP: null,
    ready: false,
    containersReady: false,
    terminating: false,
    containerPorts: dep.object.containerPorts,
    readinessGates: [],
    preStopSeconds: dep.preStopSeconds,
    terminationGracePeriodSeconds: dep.object.terminationGracePeriodSeconds,
    generatedFrom: `${dep.object.meta.namespace}/${dep.object.meta.name}`,
  };
}

/** Test hook: forget pending work between simulations sharing a module instance. */
export function resetDeploymentScheduling(): void {
  scheduled = new WeakSet<Sim>();
}
