import type { SceneNode } from '../scene/scene-model.ts';
import type { TargetMode } from './chapters.ts';
import type { FrameExpectation } from './define-chapter.ts';
import type { Frame } from './frame.ts';

/** The part of a frame a step's `shows` speaks about. */
export type CheckedFrame = Pick<Frame, 'scene' | 'emphasis' | 'also'>;

const POD_BADGE = 'badge.pod.';

/** A target's health state or a pod's state as the frame draws it; null when it draws none. */
function stateOf(node: SceneNode): string | null {
  if (node.kind === 'target') {
    const state = node.a11y.params.state;
    return state === undefined ? null : String(state);
  }
  if (node.kind === 'pod') {
    const key = node.badge?.text.key;
    return key?.startsWith(POD_BADGE) ? key.slice(POD_BADGE.length) : null;
  }
  return null;
}

/** A target group's count of healthy targets and of registered ones; null when it shows none. */
function countsOf(node: SceneNode): { healthy: number; total: number } | null {
  const text = node.badge?.text;
  const counts = text?.key === 'badge.healthyOf' || text?.key === 'badge.noTargets';
  if (node.kind !== 'target-group' || !counts) return null;
  return { healthy: Number(text.params.healthy), total: Number(text.params.total) };
}

/**
 * What a settled frame does not show of what a step declares (`shows`), as readable sentences;
 * empty when it shows all of it. Declarations for another mode are skipped.
 */
export function checkExpectations(
  frame: CheckedFrame,
  expectations: readonly FrameExpectation[],
  mode: TargetMode,
): string[] {
  const byId = new Map(frame.scene.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const want of expectations) {
    if (want.mode !== undefined && want.mode !== mode) continue;
    const node = byId.get(want.id);
    if (want.absent) {
      if (node) problems.push(`${want.id} is drawn, but should be absent`);
      continue;
    }
    if (!node) {
      problems.push(`${want.id} is not drawn`);
      continue;
    }
    if (want.state !== undefined) {
      const state = stateOf(node);
      if (node.kind !== 'target' && node.kind !== 'pod')
        problems.push(`${want.id} is a ${node.kind}; only a target or a pod has a state`);
      else if (state !== want.state)
        problems.push(`${want.id} is ${state ?? 'shown without a state'}, not ${want.state}`);
    }
    if (want.healthy !== undefined || want.total !== undefined) {
      const counts = countsOf(node);
      if (node.kind !== 'target-group')
        problems.push(`${want.id} is a ${node.kind}; only a target group counts healthy targets`);
      else if (!counts) problems.push(`${want.id} shows no count of healthy targets`);
      else {
        if (want.healthy !== undefined && counts.healthy !== want.healthy)
          problems.push(`${want.id} has ${counts.healthy} healthy, not ${want.healthy}`);
        if (want.total !== undefined && counts.total !== want.total)
          problems.push(`${want.id} has ${counts.total} registered targets, not ${want.total}`);
      }
    }
    if (want.rules !== undefined) {
      const rules = node.a11y.params.rules;
      if (node.kind !== 'security-group' || rules === undefined)
        problems.push(`${want.id} is a ${node.kind}; only a security group shows inbound rules`);
      else if (rules !== want.rules)
        problems.push(`${want.id} lets in ${rules}, not ${want.rules}`);
    }
    if (want.detail !== undefined && node.detail !== want.detail)
      problems.push(`${want.id} says ${node.detail ?? 'nothing'}, not ${want.detail}`);
    if (want.warning !== undefined) {
      const text = node.badge?.text;
      const reason = text?.key === 'badge.warning' ? String(text.params.reason) : null;
      if (reason !== want.warning)
        problems.push(
          `${want.id} shows ${reason ? `warning ${reason}` : 'no warning'}, not ${want.warning ?? 'none'}`,
        );
    }
    // Marked: ringed, or one of the other AWS cards the step touched, unfaded beside what it
    // is about (step-lead.ts).
    if (want.emphasised && !frame.emphasis.has(want.id) && !frame.also.has(want.id))
      problems.push(`${want.id} is drawn but not emphasised`);
  }
  return problems;
}
