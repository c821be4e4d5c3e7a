import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import type { CardRows } from './rows-now.ts';
import type { Scene, SceneNode } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';

/** The rows a card of the universe holds, keyed as `key` names them; folded: not drawn there. */
function collect(
  entries: readonly { card: string; key: string; id: string }[],
  universe: Scene,
  isRow: (node: SceneNode) => boolean,
  limit: number,
): Map<string, CardRows> {
  const drawn = new Set(universe.nodes.map((n) => n.id));
  const byCard = new Map<string, { all: string[]; folded: string[] }>();
  for (const { card, key, id } of entries) {
    if (!drawn.has(card)) continue;
    const entry = byCard.get(card) ?? { all: [], folded: [] };
    entry.all.push(key);
    if (!drawn.has(id)) entry.folded.push(key);
    byCard.set(card, entry);
  }
  return new Map([...byCard].map(([card, rows]) => [card, { ...rows, isRow, limit }]));
}

/** Each EC2 node card's pods (keys: `namespace/name`), every pod the run ever puts on it. */
export function podRowsOf(universe: Scene, input: SceneInput): Map<string, CardRows> {
  return collect(
    input.pods.flatMap((pod) =>
      pod.node
        ? [
            {
              card: diagramId.node(pod.node),
              key: `${pod.namespace}/${pod.name}`,
              id: pod.controller ? diagramId.controller() : diagramId.pod(pod.namespace, pod.name),
            },
          ]
        : [],
    ),
    universe,
    (n) => n.kind === 'pod' || n.kind === 'controller',
    L.maxPods,
  );
}

/**
 * Each target group card's targets (keys: their diagram ids), every target the run ever
 * registers in it. The in-tree load balancers' instances are not among them: they never change.
 */
export function targetRowsOf(universe: Scene, input: SceneInput): Map<string, CardRows> {
  return collect(
    input.plan.targetGroups.flatMap((tg) =>
      tg.targets.map((t) => {
        const id = diagramId.target(tg.id, t.id, t.port);
        return { card: diagramId.targetGroup(tg.id), key: id, id };
      }),
    ),
    universe,
    (n) => n.kind === 'target',
    L.maxTargets,
  );
}
