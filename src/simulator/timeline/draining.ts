import { at, emit, say, type AwsTarget, type AwsTargetGroup, type Sim } from './sim.ts';

const targetKey = (target: AwsTarget) => `${target.id}:${target.port}`;

/** The end of a target's draining: it leaves the target group (§6.5). */
export function removeDrainedTarget(
  sim: Sim,
  tg: AwsTargetGroup,
  tgId: string,
  target: AwsTarget,
): void {
  const key = targetKey(target);
  if (tg.targets.get(key) !== target) return;
  tg.targets.delete(key);
  emit(
    sim,
    { kind: 'target-health', targetGroup: tgId, target: key, before: target.health, after: null },
    say('target.removed', { target: key }),
    [`tg:${tgId}`],
  );
}

/**
 * A draining target whose pod has exited has no request in flight and no connection left, so
 * the load balancer completes its deregistration without waiting out the delay (§6.5) — once the
 * deregistration has reached its nodes.
 */
export function finishDrainingOfPod(sim: Sim, podKey: string): void {
  for (const [tgId, tg] of sim.aws.targetGroups)
    for (const target of tg.targets.values()) {
      if (target.pod !== podKey || target.health.state !== 'draining') continue;
      const when = Math.max(sim.nowMs, target.stopRoutingAtMs ?? sim.nowMs);
      at(sim, when, `deregistered ${targetKey(target)}`, () =>
        removeDrainedTarget(sim, tg, tgId, target),
      );
    }
}
