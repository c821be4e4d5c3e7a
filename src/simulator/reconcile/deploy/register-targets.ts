import type { PlanError, PlanTarget } from '../../aws/plan.ts';
import type { World } from '../../world/world.ts';
import { loadBalancerArn } from '../naming.ts';
import type { TargetGroupModel } from '../target-group-model.ts';
import { resolveTargets } from '../targets/resolve-targets.ts';
import { steadyStateHealth } from '../targets/target-health.ts';
import { elbv2Error, QUOTA_ERRORS } from './aws-errors.ts';

const CHUNK = 200;

export interface Registration {
  targets: PlanTarget[];
  error: PlanError | null;
}

/**
 * The TargetGroupBinding reconciler (§2.3): resolve endpoints, then RegisterTargets in chunks of
 * 200. AWS rejects a chunk that would pass the per-target-group or per-ALB quota (§10); the
 * chunks before it stay registered, and the binding reports `FailedReconcile`.
 * `albTargetCount` is the number already registered on the same ALB (null for an NLB).
 */
export function registerTargets(
  world: World,
  tg: TargetGroupModel,
  albTargetCount: number | null,
  lbName: string,
): Registration {
  const bindingName = `TargetGroupBinding ${tg.service.meta.namespace}/${tg.spec.name}`;
  const failed = (message: string): PlanError => ({
    object: bindingName,
    reason: 'FailedReconcile',
    message: `Failed reconcile due to ${message}`,
  });
  const resolved = resolveTargets(world, tg);
  if (!resolved.ok) return { targets: [], error: failed(resolved.error) };

  const sorted = [...resolved.value].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.port - b.port,
  );
  const quotas = world.settings.quotas;
  const targets: PlanTarget[] = [];
  for (let start = 0; start < sorted.length; start += CHUNK) {
    const chunk = sorted.slice(start, start + CHUNK);
    const seed = `${tg.spec.id}:${start}`;
    if (targets.length + chunk.length > quotas.targetsPerTargetGroup) {
      const [code, message] = QUOTA_ERRORS.targets;
      return { targets, error: failed(elbv2Error('RegisterTargets', 400, code, message, seed)) };
    }
    if (
      albTargetCount !== null &&
      albTargetCount + targets.length + chunk.length > quotas.targetsPerAlb
    ) {
      const arn = loadBalancerArn(
        world.settings.accountId,
        world.settings.region,
        'application',
        lbName,
      );
      const message = `The maximum number of targets per load balancer '${quotas.targetsPerAlb}' has been reached on load balancer '${arn}'`;
      return {
        targets,
        error: failed(elbv2Error('RegisterTargets', 400, 'TooManyTargets', message, seed)),
      };
    }
    for (const target of chunk) {
      targets.push({
        id: target.id,
        port: target.port,
        node: target.node?.meta.name ?? null,
        pod: target.endpoint?.pod.meta.name ?? null,
        health: steadyStateHealth(world, tg, target),
      });
    }
  }
  return { targets, error: null };
}
