import type { PlanTargetHealth } from '../aws/plan.ts';
import { proxyView } from './proxy-view.ts';
import { at, emit, say, type AwsTarget, type AwsTargetGroup, type Sim } from './sim.ts';

type CheckResult = { pass: true } | { pass: false; reason: string };

/** One health check as the load balancer node sees it (§5.3, §9.2). */
function check(sim: Sim, tg: AwsTargetGroup, target: AwsTarget): CheckResult {
  const model = tg.model;
  const svc = model.service;
  const svcKey = `${svc.meta.namespace}/${svc.meta.name}`;
  const broken = sim.brokenHealth.has(svcKey);
  const node = target.node ? sim.nodes.get(target.node) : undefined;
  if (node?.dead) return { pass: false, reason: 'Target.Timeout' };
  if (model.targetType === 'ip') {
    const pod = target.pod ? sim.pods.get(target.pod) : undefined;
    if (!pod || !pod.accepting) return { pass: false, reason: 'Target.FailedHealthChecks' };
    return broken && model.healthCheck.protocol !== 'TCP'
      ? { pass: false, reason: 'Target.ResponseCodeMismatch' }
      : { pass: true };
  }
  const view = proxyView(sim, svcKey);
  const local = svc.externalTrafficPolicy === 'Local';
  if (
    model.healthCheck.port !== 'traffic-port' &&
    model.healthCheck.port === svc.healthCheckNodePort &&
    local
  ) {
    return (view.byNode.get(target.node ?? '')?.length ?? 0) > 0
      ? { pass: true }
      : { pass: false, reason: 'Target.ResponseCodeMismatch' };
  }
  const candidates = local ? (view.byNode.get(target.node ?? '') ?? []) : view.all;
  if (candidates.length === 0)
    return {
      pass: false,
      reason: local && view.all.length > 0 ? 'Target.Timeout' : 'Target.FailedHealthChecks',
    };
  const pod = candidates[sim.rng.int(candidates.length)]!;
  const podNode = pod.object.nodeName ? sim.nodes.get(pod.object.nodeName) : undefined;
  if (podNode?.dead) return { pass: false, reason: 'Target.Timeout' };
  if (!pod.accepting) return { pass: false, reason: 'Target.FailedHealthChecks' };
  return broken && model.healthCheck.protocol !== 'TCP'
    ? { pass: false, reason: 'Target.ResponseCodeMismatch' }
    : { pass: true };
}

/** AWS target state machine: one pass makes a new target healthy; thresholds afterwards (§5.3). */
function transition(tg: AwsTargetGroup, target: AwsTarget, result: CheckResult): PlanTargetHealth {
  const { healthyThreshold, unhealthyThreshold } = tg.model.healthCheck;
  const state = target.health.state;
  if (result.pass) {
    target.fails = 0;
    target.passes++;
    if (state === 'initial' || (state === 'unhealthy' && target.passes >= healthyThreshold))
      return { state: 'healthy' };
    return target.health;
  }
  target.passes = 0;
  target.fails++;
  if (target.fails >= unhealthyThreshold && state !== 'unhealthy')
    return { state: 'unhealthy', reason: result.reason };
  if (state === 'unhealthy' && target.health.reason !== result.reason)
    return { state: 'unhealthy', reason: result.reason };
  if (state === 'initial' && target.health.reason !== 'Elb.InitialHealthChecking')
    return { state: 'initial', reason: 'Elb.InitialHealthChecking' };
  return target.health;
}

/** Checks every `intervalSeconds`, the first at a random moment within the first interval. */
export function scheduleHealthChecks(
  sim: Sim,
  tg: AwsTargetGroup,
  tgId: string,
  target: AwsTarget,
): void {
  const intervalMs = tg.model.healthCheck.intervalSeconds * 1000;
  const key = `${target.id}:${target.port}`;
  const tick = () => {
    if (
      tg.targets.get(key) !== target ||
      target.stopRoutingAtMs !== null ||
      target.health.state === 'unused'
    )
      return;
    const next = transition(tg, target, check(sim, tg, target));
    if (next !== target.health) {
      const before = target.health;
      target.health = next;
      emit(
        sim,
        { kind: 'target-health', targetGroup: tgId, target: key, before, after: next },
        say(`target.${next.state}`, { target: key, reason: next.reason ?? '' }),
        [`tg:${tgId}`, `target:${tgId}/${key}`],
      );
    }
    at(sim, sim.nowMs + intervalMs, `check ${key}`, tick);
  };
  at(sim, sim.nowMs + 1000 + sim.rng.int(Math.max(1, intervalMs - 1000)), `check ${key}`, tick);
}
