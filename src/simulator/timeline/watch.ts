import { enqueue } from './controller.ts';
import { emit, podKey, say, type Sim, type SimPod } from './sim.ts';

export const READINESS_GATE_LABEL = 'elbv2.k8s.aws/pod-readiness-gate-inject';
export const gateType = (tgName: string) => `target-health.elbv2.k8s.aws/${tgName}`;

/**
 * §6.4: the pod webhook injects a readiness gate only at creation, only when the namespace has the
 * label and an ip-mode TargetGroupBinding whose Service selects the pod already exists.
 */
export function onPodCreated(sim: Sim, pod: SimPod): void {
  // §1.4/§6.4: with no controller pod ready the pod webhook is unreachable; its failurePolicy
  // (Ignore since v2.11) lets the pod through without a gate.
  if (sim.controller.replicas.length === 0) return;
  const namespace = sim.current.namespaces.find((n) => n.meta.name === pod.object.meta.namespace);
  if (namespace?.meta.labels[READINESS_GATE_LABEL] !== 'enabled') return;
  for (const tg of sim.aws.targetGroups.values()) {
    const svc = tg.model.service;
    if (
      !tg.bound ||
      tg.model.targetType !== 'ip' ||
      svc.meta.namespace !== pod.object.meta.namespace
    )
      continue;
    const selector = Object.entries(svc.selector ?? {});
    if (selector.length === 0 || !selector.every(([k, v]) => pod.object.meta.labels[k] === v))
      continue;
    const type = gateType(tg.model.spec.name);
    pod.gates.set(type, false);
    emit(
      sim,
      {
        kind: 'readiness-gate',
        pod: podKey(pod.object),
        conditionType: type,
        status: 'False',
        reason: 'Injected',
      },
      say('gate.injected', { pod: podKey(pod.object), condition: type }),
      [`pod:${podKey(pod.object)}`],
    );
  }
}

/** An EndpointSlice changed: ip-mode bindings of that Service re-resolve their targets. */
export function onEndpointsChanged(sim: Sim, serviceKey: string): void {
  for (const [id, tg] of sim.aws.targetGroups) {
    const svc = tg.model.service;
    if (
      tg.bound &&
      tg.model.targetType === 'ip' &&
      `${svc.meta.namespace}/${svc.meta.name}` === serviceKey
    ) {
      enqueue(sim, `tgb:${id}`, `EndpointSlice ${serviceKey} changed`);
    }
  }
}

/** A node changed: every binding re-resolves (instance targets are nodes; ip targets need Ready nodes). */
export function onNodeChanged(sim: Sim, node: string): void {
  for (const [id, tg] of sim.aws.targetGroups)
    if (tg.bound) enqueue(sim, `tgb:${id}`, `Node ${node} changed`);
}
