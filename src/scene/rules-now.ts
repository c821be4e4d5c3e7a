import { ruleA11y, ruleLabel } from './rule-text.ts';
import type { SceneEdge, SceneNode } from './scene-model.ts';
import type { StepState } from './timeline-replay.ts';

/**
 * A rule as its last CreateRule or ModifyRule wrote it, where that differs from the plan the run
 * starts from: the rules behind a deleted one move up a priority and take over its conditions.
 * Null when nothing rewrote it.
 */
export function ruleNow(node: SceneNode, state: StepState): SceneNode | null {
  const written = state.ruleWrites.get(node.id);
  if (!written || written.conditions.length === 0) return null;
  const label = ruleLabel(written.priority, written.conditions);
  const detail = written.action || node.detail;
  if (label === node.label && detail === node.detail) return null;
  return { ...node, label, detail, a11y: ruleA11y(written.priority, written.conditions) };
}

/** A listener's default-action row as its last CreateListener or ModifyListener wrote it. */
export function defaultActionNow(node: SceneNode, state: StepState): SceneNode | null {
  const label = state.defaultActions.get(node.id);
  if (label === undefined || label === node.label) return null;
  return { ...node, label, a11y: { ...node.a11y, params: { ...node.a11y.params, action: label } } };
}

/**
 * A line from a rule to a group: drawn while the rule forwards to that group, as its last
 * CreateRule or ModifyRule wrote it (a rule that now redirects has none), else as the plan the
 * run starts from draws it (`planned`: `rule\ntg`; null: every line).
 */
export function forwardsNow(
  edge: SceneEdge,
  state: StepState,
  planned: ReadonlySet<string> | null,
): boolean {
  if (!edge.source.startsWith('rule:') || !edge.target.startsWith('tg:')) return true;
  const now = state.forwards.get(edge.source);
  if (now !== undefined) return now === edge.target;
  const written = state.ruleWrites.get(edge.source);
  if (written && written.action !== 'forward') return false;
  return planned === null || planned.has(`${edge.source}\n${edge.target}`);
}
