import type { PlanTargetGroup, SimEvent } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import { edge, text, type Builder, type ItemSpec } from './scene-builder.ts';
import { planIdOfKey } from './target-group-generations.ts';

/**
 * The TargetGroupBinding the controller writes for each target group it creates (reference §2.1
 * step 5.7): a Kubernetes object in the Service's namespace, named as the group. Its own
 * reconciler registers the targets (§2.3), so the binding is what ties the cluster to the group.
 */

/** The binding's object key (`default/k8s-default-location-f602f5148a`). */
export const bindingKey = (tg: Pick<PlanTargetGroup, 'service' | 'name'>): string =>
  `${tg.service.split('/')[0] ?? ''}/${tg.name}`;

/** A binding's row in the control plane: its name, and "TargetGroupBinding" under it. */
export const bindingCard = (
  tg: PlanTargetGroup,
  laterWarnings: readonly string[] = [],
): ItemSpec => ({
  id: diagramId.targetGroupBinding(tg.id),
  kind: 'target-group-binding',
  label: tg.name,
  // A compact row shows no kind of its own: the caption says what the name is.
  caption: text('diagram.kind.target-group-binding'),
  // A warning's badge takes a line of its own under the caption (as timeline-replay.ts names it).
  ...(laterWarnings.includes(`targetgroupbinding:${bindingKey(tg)}`)
    ? { laterBadgeLine: true }
    : {}),
  a11y: text('a11y.targetGroupBinding', {
    name: bindingKey(tg),
    targetGroup: planIdOfKey(tg.id),
    targetType: tg.targetType,
  }),
  ref: { type: 'targetGroupBinding', key: tg.id },
});

/** Each binding to its target group. */
export function wireBindings(b: Builder, groups: readonly PlanTargetGroup[]): void {
  const drawn = new Set(b.nodes.map((n) => n.id));
  for (const tg of groups) {
    const binding = diagramId.targetGroupBinding(tg.id);
    const group = diagramId.targetGroup(tg.id);
    if (drawn.has(binding) && drawn.has(group)) edge(b, binding, group, 'binds');
  }
}

/** The binding a `tgb-written` event writes or deletes (its id), else null. */
export function bindingWritten(
  event: SimEvent,
  keyOfName: ReadonlyMap<string, string>,
): { id: string; exists: boolean } | null {
  if (event.kind !== 'tgb-written') return null;
  const key = keyOfName.get(event.name) ?? event.targetGroup;
  return { id: diagramId.targetGroupBinding(key), exists: event.verb !== 'delete' };
}

/**
 * What an event touches, its binding added where the event is the binding's: the controller
 * writing it, its reconciler's calls (RegisterTargets, the nodes' security-group rule), an event
 * recorded on it. `focus` names the groups in the scene's keys already.
 */
export function withBindingFocus(event: SimEvent, focus: readonly string[]): string[] {
  const about =
    event.kind === 'tgb-written' ||
    (event.kind === 'aws-call' && event.key.startsWith('tgb:')) ||
    (event.kind === 'k8s-event' && event.object.startsWith('TargetGroupBinding '));
  if (!about) return [...focus];
  const bindings = focus
    .filter((id) => id.startsWith('tg:'))
    .map((id) => diagramId.targetGroupBinding(id.slice('tg:'.length)));
  return [...new Set([...focus, ...bindings])];
}
