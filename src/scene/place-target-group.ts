import type { PlanTargetGroup } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import { planIdOfKey } from './target-group-generations.ts';
import { healthTone } from './scene-input.ts';
import { text, type Builder } from './scene-builder.ts';
import { CARD_WIDTH, placeRowsCard } from './place-card.ts';

export function placeTargetGroup(
  b: Builder,
  tg: PlanTargetGroup,
  parent: string,
  x: number,
  y: number,
  expanded: ReadonlySet<string>,
  /**
   * One of several groups the run creates under one plan id (another target type or port): named
   * by its own AWS name (`k8s-<ns>-<svc>-<hash>`, the hash covering target type and port), so the
   * old group and the new one beside it read apart, as the console lists them.
   */
  generation = false,
): number {
  const id = diagramId.targetGroup(tg.id);
  const healthy = tg.targets.filter((t) => t.health.state === 'healthy').length;
  const targets = [...tg.targets].sort((a, c) =>
    a.id < c.id ? -1 : a.id > c.id ? 1 : a.port - c.port,
  );
  return placeRowsCard(
    b,
    {
      id,
      kind: 'target-group',
      parent,
      x,
      y,
      label: generation ? tg.name : planIdOfKey(tg.id),
      detail: `${tg.targetType} · ${tg.protocol}:${tg.port}`,
      badge: {
        tone:
          tg.targets.length === 0
            ? 'bad'
            : healthy === tg.targets.length
              ? 'ok'
              : healthy > 0
                ? 'warn'
                : 'bad',
        text: text(tg.targets.length === 0 ? 'badge.noTargets' : 'badge.healthyOf', {
          healthy,
          total: tg.targets.length,
        }),
      },
      a11y: text('a11y.targetGroup', {
        name: generation ? `${tg.name} (${planIdOfKey(tg.id)}, ${tg.targetType})` : tg.id,
        healthy,
      }),
      ref: { type: 'targetGroup', key: tg.id },
    },
    targets.map((t) => ({
      id: diagramId.target(tg.id, t.id, t.port),
      kind: 'target' as const,
      label: `${t.id}:${t.port}`,
      detail: t.pod ?? t.node,
      badge: { tone: healthTone(t.health), text: text(`health.${t.health.state}`) },
      a11y: text('a11y.target', { name: `${t.id}:${t.port}`, state: t.health.state }),
      ref: { type: 'target', key: `${tg.id}/${t.id}:${t.port}` },
    })),
    L.maxTargets,
    expanded,
  );
}

/**
 * The target groups, one under the other in a column from `x`; a group that replaces another of
 * its plan id (the target type switched) stands beside it, in a column of its own. Returns the
 * next free y below them all, and whether any group stands beside another.
 */
export function placeTargetGroups(
  b: Builder,
  groups: readonly PlanTargetGroup[],
  parent: string,
  x: number,
  expanded: ReadonlySet<string>,
): { bottom: number; besideAny: boolean } {
  let y: number = L.header;
  const top = new Map<string, number>();
  let besideAny = false;
  // The plan ids with more than one group: each of their groups is named by its AWS name.
  const generations = new Set(
    groups.map((tg) => planIdOfKey(tg.id)).filter((id, i, all) => all.indexOf(id) !== i),
  );
  for (const tg of groups) {
    const first = planIdOfKey(tg.id);
    const beside = first !== tg.id ? top.get(first) : undefined;
    if (beside !== undefined) {
      besideAny = true;
      const right = x + CARD_WIDTH + L.zoneGap;
      y = Math.max(y, placeTargetGroup(b, tg, parent, right, beside, expanded, true));
      continue;
    }
    top.set(tg.id, y);
    y = placeTargetGroup(b, tg, parent, x, y, expanded, generations.has(tg.id));
  }
  return { bottom: y, besideAny };
}
