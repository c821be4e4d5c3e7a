import type { KubernetesObject, PodObject } from '../kubernetes/objects.ts';
import { sha256Hex } from '../util/sha256.ts';
import type { World } from '../world/world.ts';
import { enqueueAllStacks } from './controller.ts';
import { startController } from './irsa.ts';
import { at, emit, say, type Sim } from './sim.ts';
import type { ControllerAvailability } from './sim-events.ts';
import { snapshotWorld } from './snapshot.ts';
import { TIMINGS } from './timings.ts';

/** The chart's names (helm release `aws-load-balancer-controller` in `kube-system`). */
const NAMESPACE = 'kube-system';
const NAME = 'aws-load-balancer-controller';
const NAME_LABEL = 'app.kubernetes.io/name';
export const WEBHOOK_SERVICE = 'aws-load-balancer-webhook-service';
/** The chart's `replicaCount` (§1.4). */
const CHART_REPLICAS = 2;

/** §1.4: the webhooks the chart registers with failurePolicy Fail, and the paths they serve. */
export const WEBHOOKS = {
  ingress: { name: 'vingress.elbv2.k8s.aws', path: '/validate-networking-v1-ingress' },
  service: { name: 'mservice.elbv2.k8s.aws', path: '/mutate-v1-service' },
} as const;

export const isControllerPod = (pod: PodObject): boolean =>
  pod.meta.namespace === NAMESPACE && pod.meta.labels[NAME_LABEL] === NAME;

/** The controller's pods at the start: the input's (not terminating), else the chart's two. */
export function initialReplicas(world: World): string[] {
  const pods = world.pods.filter((p) => isControllerPod(p) && !p.terminating);
  if (pods.length > 0) return pods.map((p) => `${p.meta.namespace}/${p.meta.name}`);
  return Array.from({ length: CHART_REPLICAS }, (_, i) =>
    i === 0 ? `${NAMESPACE}/${NAME}` : `${NAMESPACE}/${NAME}-${i + 1}`,
  );
}

/**
 * §1.4: what the API server answers when it cannot reach a webhook whose failurePolicy is Fail
 * (the text kubectl prints after `Error from server (InternalError): …`; LBC #2336, #4140).
 */
export function webhookUnavailableMessage(webhook: (typeof WEBHOOKS)[keyof typeof WEBHOOKS]) {
  return `Internal error occurred: failed calling webhook "${webhook.name}": failed to call webhook: Post "https://${WEBHOOK_SERVICE}.${NAMESPACE}.svc:443${webhook.path}?timeout=10s": no endpoints available for service "${WEBHOOK_SERVICE}"`;
}

/**
 * Admission for a write the reader makes. The Ingress validator sees CREATE and UPDATE of every
 * Ingress; the Service mutator (when enabled) sees CREATE of every Service except the
 * controller's own (chart `webhook.yaml`: no type filter, objectSelector `app.kubernetes.io/name
 * NotIn [aws-load-balancer-controller]`). With no ready controller pod both are unreachable, and
 * their failurePolicy Fail makes the API server refuse the write. Returns whether it was admitted.
 */
export function admit(sim: Sim, object: KubernetesObject, verb: 'CREATE' | 'UPDATE'): boolean {
  if (sim.controller.replicas.length > 0) return true;
  const webhook =
    object.kind === 'Ingress'
      ? WEBHOOKS.ingress
      : object.kind === 'Service' &&
          verb === 'CREATE' &&
          snapshotWorld(sim).settings.flags.serviceMutatorWebhook &&
          object.meta.labels[NAME_LABEL] !== NAME
        ? WEBHOOKS.service
        : null;
  if (!webhook) return true;
  const name = `${object.meta.namespace}/${object.meta.name}`;
  emit(
    sim,
    {
      kind: 'admission-rejected',
      verb,
      object: name,
      objectKind: object.kind,
      webhook: webhook.name,
      status: 500,
      reason: 'InternalError',
      message: webhookUnavailableMessage(webhook),
    },
    say('admission.rejected', { kind: object.kind, object: name, webhook: webhook.name, verb }),
    [`${object.kind.toLowerCase()}:${name}`, 'apiserver'],
  );
  return false;
}

function availability(sim: Sim, state: ControllerAvailability, pod: string | null): void {
  const { replicas, leader } = sim.controller;
  emit(
    sim,
    { kind: 'controller-availability', state, pod, readyReplicas: replicas.length, leader },
    say(`controller.${state}`, { pod: pod ?? '', replicas: replicas.length, leader: leader ?? '' }),
    ['controller'],
  );
}

/** The informers' list: every object the controller watches arrives as ADDED. */
export function listAndWatch(sim: Sim): void {
  const world = snapshotWorld(sim);
  const added = (kind: string, name: string, raw: unknown) =>
    emit(
      sim,
      { kind: 'watch', verb: 'ADDED', object: name, objectKind: kind, before: null, after: raw },
      say('watch.event', { verb: 'ADDED', kind, object: name }),
      [`${kind.toLowerCase()}:${name}`, 'apiserver', 'controller'],
    );
  for (const c of world.ingressClasses) added('IngressClass', c.meta.name, c.raw);
  for (const n of world.nodes) added('Node', n.meta.name, n.raw);
  for (const s of world.services) added('Service', `${s.meta.namespace}/${s.meta.name}`, s.raw);
  for (const i of world.ingresses) added('Ingress', `${i.meta.namespace}/${i.meta.name}`, i.raw);
  for (const [key, endpoints] of sim.proxy)
    if (endpoints.length > 0) added('EndpointSlice', key, { endpoints: endpoints.length });
}

/** The leader's controllers start: their informers list everything and every stack is queued. */
function lead(sim: Sim, pod: string): void {
  sim.controller.leader = pod;
  sim.controller.term++;
  sim.controller.queued.clear();
  availability(sim, 'leader-elected', pod);
  listAndWatch(sim);
  enqueueAllStacks(sim, 'leader elected');
}

/** `controllerDown` (§1.4): no controller pod is ready. Existing load balancers keep serving. */
export function controllerDown(sim: Sim): void {
  sim.controller.epoch++;
  sim.controller.replicas = [];
  sim.controller.leader = null;
  sim.controller.queued.clear();
  availability(sim, 'down', null);
}

/** `controllerUp`: the pods are ready again; a new leader starts (IRSA first, §8) and relists. */
export function controllerUp(sim: Sim): void {
  if (sim.controller.replicas.length > 0) return;
  const epoch = ++sim.controller.epoch;
  sim.controller.replicas = initialReplicas(sim.current);
  const pod = sim.controller.replicas[0]!;
  availability(sim, 'up', pod);
  startController(
    sim,
    () => {
      if (sim.controller.epoch === epoch && sim.controller.leader === null) lead(sim, pod);
    },
    pod,
  );
}

/** A name the controller's ReplicaSet could give the replacement pod (deterministic). */
const replacementName = (pod: string, n: number): string =>
  `${pod.replace(/-[a-z0-9]{5}$/, '')}-${sha256Hex(`${pod}:${n}`).slice(0, 5)}`;

/**
 * `deletePod` of a controller pod (§1.4): the other replica keeps serving the webhooks; if the
 * leader went, a standby takes the lease once it lapses (LBC sets no release-on-cancel, so it
 * waits out LeaseDuration). The Deployment replaces the pod. Returns false for other pods.
 */
export function controllerPodDeleted(sim: Sim, pod: string): boolean {
  const { replicas } = sim.controller;
  if (!replicas.includes(pod)) return false;
  const epoch = sim.controller.epoch;
  sim.controller.replicas = replicas.filter((r) => r !== pod);
  const wasLeader = sim.controller.leader === pod;
  if (wasLeader) {
    sim.controller.leader = null;
    sim.controller.queued.clear();
  }
  availability(sim, sim.controller.replicas.length > 0 ? 'replica-lost' : 'down', pod);
  const leaseFreeAt = sim.nowMs + TIMINGS.leaseDuration;
  const elect = () => {
    const next = sim.controller.replicas[0];
    if (sim.controller.epoch === epoch && sim.controller.leader === null && next) lead(sim, next);
  };
  if (wasLeader) at(sim, leaseFreeAt, 'leader election', elect);
  const replacement = replacementName(pod, sim.nowMs);
  at(sim, sim.nowMs + TIMINGS.controllerPodReady, `controller pod ${replacement}`, () => {
    if (sim.controller.epoch !== epoch) return;
    sim.controller.replicas = [...sim.controller.replicas, replacement];
    availability(sim, 'replica-ready', replacement);
    if (sim.controller.leader === null) at(sim, leaseFreeAt, 'leader election', elect);
  });
  return true;
}
