import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import type { SceneInTreeTargets } from './scene-input.ts';
import { text, type Builder } from './scene-builder.ts';
import { placeRowsCard } from './place-card.ts';

/** What the card is called, in the reader's language (`diagram.label.registered-instances`). */
const LABEL = 'Registered instances';

/**
 * The instances an in-tree load balancer's listener sends to. A Classic Load Balancer has no
 * target groups: it registers the EC2 instances on the listener itself (reference §7), each on
 * the Service's NodePort. So the card is drawn as EC2 instances, not as a target group. The plan
 * holds no health for them; every instance listed is one the simulator's CLB may pick.
 */
export function placeRegisteredInstances(
  b: Builder,
  group: SceneInTreeTargets,
  parent: string,
  x: number,
  y: number,
  expanded: ReadonlySet<string>,
): number {
  const id = diagramId.targetGroup(group.id);
  const total = group.instances.length;
  const instances = [...group.instances].sort((a, c) =>
    a.instanceId < c.instanceId ? -1 : a.instanceId > c.instanceId ? 1 : 0,
  );
  return placeRowsCard(
    b,
    {
      id,
      kind: 'registered-instances',
      parent,
      x,
      y,
      label: LABEL,
      detail: `${group.protocol}:${group.nodePort}`,
      // The rows count themselves; only an empty list needs saying.
      badge: total === 0 ? { tone: 'bad', text: text('badge.registered', { total }) } : null,
      a11y: text('a11y.inTreeInstances', {
        name: group.id.replace(/^in-tree:/, ''),
        nodePort: group.nodePort,
        total,
      }),
      ref: null,
    },
    instances.map((t) => ({
      id: diagramId.inTreeTarget(group.id, t.node, group.nodePort),
      kind: 'instance' as const,
      label: `${t.instanceId}:${group.nodePort}`,
      detail: t.node,
      // The simulator does not model the CLB's own health checks: registered, nothing more.
      badge: { tone: 'neutral' as const, text: text('badge.inTreeRegistered', {}) },
      a11y: text('a11y.inTreeInstance', { name: `${t.instanceId}:${group.nodePort}` }),
      ref: { type: 'node', key: t.node },
    })),
    L.maxTargets,
    expanded,
  );
}
