import type { PlanAction, PlanListener, PlanPreAction, PlanRule } from '../../aws/plan.ts';
import { err, ok, type Result } from '../../util/result.ts';
import { buildActions } from './build-actions.ts';
import type { IngressBuildContext } from './build-context.ts';
import { buildRuleConditions } from './build-rule-conditions.ts';
import { buildEnhancedBackend } from './enhanced-backend.ts';
import type { ListenPortConfig } from './listen-ports.ts';
import type { GroupMember } from './load-groups.ts';
import { sortIngressPaths } from './path-patterns.ts';
import { optimizeRules } from './rule-optimizer.ts';

const wrap = (member: GroupMember, message: string) => `ingress: ${member.key}: ${message}`;

/** §4.3 default action: ssl-redirect, else the single defaultBackend, else fixed 404. */
function buildDefaultAction(
  ctx: IngressBuildContext,
  protocol: string,
  members: readonly GroupMember[],
): Result<{ action: PlanAction; preActions: PlanPreAction[] }> {
  if (ctx.sslRedirectPort !== null && protocol === 'HTTP') {
    return ok({
      action: {
        type: 'redirect',
        protocol: 'HTTPS',
        port: String(ctx.sslRedirectPort),
        statusCode: 'HTTP_301',
      },
      preActions: [],
    });
  }
  const withDefault = members.filter((m) => m.ing.defaultBackend !== null);
  if (withDefault.length === 0) {
    return ok({
      action: { type: 'fixed-response', statusCode: '404', contentType: 'text/plain' },
      preActions: [],
    });
  }
  if (withDefault.length > 1) {
    return err(
      `multiple ingress defined default backend: [${withDefault.map((m) => m.key).join(' ')}]`,
    );
  }
  const member = withDefault[0]!;
  const backend = buildEnhancedBackend(ctx.world, member.ing, member.ing.defaultBackend!);
  if (!backend.ok) return backend;
  return buildActions(ctx, protocol, member, backend.value);
}

/** §4.2: members in group order → rules in manifest order → sorted paths; priorities from 1. */
function buildRules(
  ctx: IngressBuildContext,
  port: number,
  protocol: string,
  members: readonly GroupMember[],
): Result<PlanRule[]> {
  if (ctx.sslRedirectPort !== null && protocol === 'HTTP') return ok([]);
  const drafts: Omit<PlanRule, 'priority'>[] = [];
  for (const member of members) {
    for (const rule of member.ing.rules) {
      if (rule.paths === null) continue;
      const paths = sortIngressPaths(rule.paths);
      if (!paths.ok) return paths;
      for (const path of paths.value) {
        const backend = buildEnhancedBackend(ctx.world, member.ing, path.backend);
        if (!backend.ok) return err(wrap(member, backend.error));
        const conditions = buildRuleConditions(
          member.ing.meta.annotations,
          rule.host,
          path,
          backend.value.conditions,
        );
        if (!conditions.ok) return err(wrap(member, conditions.error));
        const actions = buildActions(ctx, protocol, member, backend.value);
        if (!actions.ok) return err(wrap(member, actions.error));
        drafts.push({
          conditions: conditions.value,
          ...(actions.value.preActions.length > 0 ? { preActions: actions.value.preActions } : {}),
          action: actions.value.action,
        });
      }
    }
  }
  return ok(
    optimizeRules(port, protocol, drafts).map((rule, index) => ({ priority: index + 1, ...rule })),
  );
}

/** One listener with its default action and rules (§2.1 step 4.5). */
export function buildListener(
  ctx: IngressBuildContext,
  port: number,
  config: ListenPortConfig,
  members: readonly GroupMember[],
): Result<PlanListener> {
  const defaults = buildDefaultAction(ctx, config.protocol, members);
  if (!defaults.ok) return defaults;
  const rules = buildRules(ctx, port, config.protocol, members);
  if (!rules.ok) return rules;
  return ok({
    port,
    protocol: config.protocol,
    certificateArns: config.certificateArns,
    sslPolicy: config.sslPolicy,
    defaultAction: defaults.value.action,
    ...(defaults.value.preActions.length > 0
      ? { defaultPreActions: defaults.value.preActions }
      : {}),
    rules: rules.value,
  });
}
