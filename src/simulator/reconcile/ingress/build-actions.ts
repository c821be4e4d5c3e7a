import type { PlanAction, PlanPreAction } from '../../aws/plan.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { ActionConfig } from './action-config.ts';
import { buildAuthAction } from './auth-config.ts';
import type { IngressBuildContext } from './build-context.ts';
import { buildIngressTargetGroup } from './build-target-group.ts';
import type { EnhancedBackend } from './enhanced-backend.ts';
import type { GroupMember } from './load-groups.ts';

function buildForward(
  ctx: IngressBuildContext,
  member: GroupMember,
  action: Extract<ActionConfig, { type: 'forward' }>,
): Result<PlanAction> {
  const targetGroups: { id: string; weight?: number }[] = [];
  for (const target of action.targets) {
    let id: string;
    if (target.kind === 'arn') id = target.arn;
    else if (target.kind === 'name') id = target.name;
    else {
      const resourceId = `${member.ing.meta.namespace}/${member.ing.meta.name}-${target.serviceName}:${target.servicePort}`;
      const existing = ctx.targetGroups.get(resourceId);
      if (existing) id = existing.spec.id;
      else {
        const svc = ctx.world.services.find(
          (s) =>
            s.meta.namespace === member.ing.meta.namespace && s.meta.name === target.serviceName,
        );
        if (!svc) return err(`services ${JSON.stringify(target.serviceName)} not found`);
        const built = buildIngressTargetGroup(
          ctx.group,
          member,
          svc,
          target.servicePort,
          ctx.loadBalancer.ipAddressType,
          ctx.stack,
          ctx.world.settings,
        );
        if (!built.ok) return built;
        ctx.targetGroups.set(resourceId, built.value);
        id = built.value.spec.id;
      }
    }
    targetGroups.push({ id, ...(target.weight !== undefined ? { weight: target.weight } : {}) });
  }
  const only = targetGroups[0];
  if (targetGroups.length === 1 && only && only.weight === undefined && !action.stickiness) {
    return ok({ type: 'forward', targetGroup: only.id });
  }
  return ok({
    type: 'forward',
    targetGroups,
    ...(action.stickiness ? { stickiness: action.stickiness } : {}),
  });
}

/** §4.3 `buildActions`: on HTTPS listeners, authentication (or JWT validation) goes first. */
export function buildActions(
  ctx: IngressBuildContext,
  protocol: string,
  member: GroupMember,
  backend: EnhancedBackend,
): Result<{ preActions: PlanPreAction[]; action: PlanAction }> {
  const preActions: PlanPreAction[] = [];
  if (protocol === 'HTTPS') {
    const auth = buildAuthAction(backend.auth);
    if (!auth.ok) return auth;
    if (auth.value) preActions.push(auth.value);
    if (backend.jwt) preActions.push(backend.jwt);
    if (auth.value && backend.jwt)
      return err("authentication and jwt validation can't both be configured");
  }
  const config = backend.action;
  if (config.type === 'forward') {
    const forward = buildForward(ctx, member, config);
    if (!forward.ok) return forward;
    return ok({ preActions, action: forward.value });
  }
  if (config.type === 'fixed-response') {
    const { type, statusCode, contentType, messageBody } = config;
    return ok({
      preActions,
      action: {
        type,
        statusCode,
        ...(contentType !== undefined ? { contentType } : {}),
        ...(messageBody !== undefined ? { messageBody } : {}),
      },
    });
  }
  const { type, protocol: to, port, statusCode, host, path, query } = config;
  return ok({
    preActions,
    action: {
      type,
      ...(to !== undefined ? { protocol: to } : {}),
      ...(port !== undefined ? { port } : {}),
      statusCode,
      ...(host !== undefined ? { host } : {}),
      ...(path !== undefined ? { path } : {}),
      ...(query !== undefined ? { query } : {}),
    },
  });
}
