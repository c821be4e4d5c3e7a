import type { PlanAction, PlanRule, SimEvent } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import type { SceneInput } from './scene-input.ts';
import { planIdOfKey, type TargetGroupGenerations } from './target-group-generations.ts';

type LoadBalancers = SceneInput['plan']['loadBalancers'];

/**
 * What a successful CreateRule or ModifyRule writes: the rule (its diagram id, from the call's
 * focus), its conditions, its action's type, and the group it forwards to (its diagram key; null
 * when it forwards to several or does not forward). Rule ids are the listener's port and the
 * priority, so a ModifyRule rewrites the rule drawn at that priority.
 */
export interface RuleWrite {
  rule: string;
  priority: number;
  conditions: PlanRule['conditions'];
  action: string;
  group: string | null;
}

export function ruleWritten(event: SimEvent, keyOfName: ReadonlyMap<string, string>): RuleWrite[] {
  if (event.kind !== 'aws-call' || !event.ok) return [];
  if (event.operation !== 'CreateRule' && event.operation !== 'ModifyRule') return [];
  const request = event.request as {
    Priority?: number;
    conditions?: PlanRule['conditions'];
    action?: { type?: string; targetGroup?: unknown };
  };
  const name =
    request.action?.type === 'forward' && typeof request.action.targetGroup === 'string'
      ? request.action.targetGroup
      : null;
  const key = name === null ? undefined : keyOfName.get(name);
  return event.focus
    .filter((id) => id.startsWith('rule:'))
    .map((rule) => ({
      rule,
      priority: Number(request.Priority ?? rule.split('/').at(-1)),
      conditions: Array.isArray(request.conditions) ? request.conditions : [],
      action: request.action?.type ?? '',
      group: key === undefined ? null : diagramId.targetGroup(key),
    }));
}

/** The target groups (by key) an action forwards to: none unless it forwards. */
export const forwardedGroups = (action: PlanAction): string[] =>
  action.type !== 'forward'
    ? []
    : 'targetGroup' in action
      ? [action.targetGroup]
      : action.targetGroups.map((t) => t.id);

/** The lines from rules to groups that the plan the run starts from draws (`rule\ntg`). */
export function plannedForwards(loadBalancers: LoadBalancers): Set<string> {
  const lines = new Set<string>();
  for (const lb of loadBalancers)
    for (const listener of lb.listeners)
      for (const rule of listener.rules)
        for (const id of forwardedGroups(rule.action))
          lines.add(
            `${diagramId.rule(lb.stack, listener.port, rule.priority)}\n${diagramId.targetGroup(id)}`,
          );
  return lines;
}

/**
 * The universe's rules and listeners forward to every group they forward to at any point of the
 * run: each later group of a replaced id, and the group a CreateRule or ModifyRule points a rule
 * at. The layout routes a line to each; the replay draws the one the rule forwards to now.
 */
export function forwardingAsTheRunDoes(
  loadBalancers: LoadBalancers,
  generations: TargetGroupGenerations,
  events: readonly SimEvent[],
): LoadBalancers {
  const written = new Map<string, Set<string>>();
  for (const event of events)
    for (const write of ruleWritten(event, generations.keyOfName))
      if (write.group !== null)
        written.set(write.rule, (written.get(write.rule) ?? new Set()).add(write.group));
  if (generations.replacements.length === 0 && written.size === 0) return loadBalancers;
  const widen = (action: PlanAction, rule: string | null): PlanAction => {
    if (action.type !== 'forward') return action;
    const now = forwardedGroups(action);
    const later = generations.replacements
      .filter((r) => now.includes(planIdOfKey(r.id)))
      .map((r) => r.id);
    const rewritten = [...(rule === null ? [] : (written.get(rule) ?? []))].map((tg) =>
      tg.slice('tg:'.length),
    );
    const all = [...new Set([...now, ...later, ...rewritten])];
    if (all.length === now.length) return action;
    return {
      ...('stickiness' in action ? { stickiness: action.stickiness } : {}),
      type: 'forward',
      targetGroups: all.map((id) => ({ id, weight: 1 })),
    };
  };
  return loadBalancers.map((lb) => ({
    ...lb,
    listeners: lb.listeners.map((l) => ({
      ...l,
      defaultAction: widen(l.defaultAction, null),
      rules: l.rules.map((r) => ({
        ...r,
        action: widen(r.action, diagramId.rule(lb.stack, l.port, r.priority)),
      })),
    })),
  }));
}
