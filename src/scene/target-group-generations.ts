import type { PlanTargetGroup, SimEvent } from '../simulator/index.ts';

/**
 * A target group's plan id names the Ingress, Service and port, not the group itself: when the
 * target type, port or protocol changes, the controller creates a second group under the same id,
 * with a new name, and deletes the first once no rule uses it (reference §5.1). The first group
 * keeps the plan id as its diagram key; each later one gets its own key, so both can be drawn.
 */
export interface TargetGroupGenerations {
  /** The groups created after the first of their id, as plan groups under their own keys. */
  replacements: PlanTargetGroup[];
  /** The diagram key of a group, by its AWS name. */
  keyOfName: ReadonlyMap<string, string>;
  /** The plan ids that have more than one group on the timeline. */
  replaced: ReadonlySet<string>;
}

/** The key of the `nth` group created under `id` (the second is `~2`), the same in either mode. */
export const replacementKey = (id: string, nth: number) => `${id}~${nth}`;

/** The plan id behind a diagram key (what the group's card is labelled with). */
export const planIdOfKey = (key: string) => key.replace(/~\d+$/, '');

const createdGroup = (event: SimEvent) =>
  event.kind === 'aws-call' && event.ok && event.operation === 'CreateTargetGroup'
    ? {
        id: event.focus.find((f) => f.startsWith('tg:'))?.slice('tg:'.length),
        name: String(event.request.Name ?? ''),
        targetType: String(event.request.TargetType ?? ''),
        port: Number(event.request.Port ?? 0),
        protocol: String(event.request.Protocol ?? ''),
      }
    : null;

/** Reads the timeline's CreateTargetGroup calls against the groups the plan starts with. */
export function targetGroupGenerations(
  planGroups: readonly PlanTargetGroup[],
  events: readonly SimEvent[],
): TargetGroupGenerations {
  const keyOfName = new Map(planGroups.map((tg) => [tg.name, tg.id]));
  const first = new Map(planGroups.map((tg) => [tg.id, tg]));
  const replacements: PlanTargetGroup[] = [];
  const replaced = new Set<string>();
  for (const event of events) {
    const created = createdGroup(event);
    if (!created?.id || keyOfName.has(created.name)) continue;
    const base = first.get(created.id);
    if (!base) {
      // The first group of an id the plan did not start with keeps the id.
      keyOfName.set(created.name, created.id);
      continue;
    }
    const taken = new Set(keyOfName.values());
    let key = replacementKey(created.id, 2);
    for (let n = 3; taken.has(key); n++) key = replacementKey(created.id, n);
    keyOfName.set(created.name, key);
    replaced.add(created.id);
    replacements.push({
      ...base,
      id: key,
      name: created.name,
      targetType: created.targetType === 'ip' ? 'ip' : 'instance',
      port: created.port,
      protocol: created.protocol || base.protocol,
      targets: [],
    });
  }
  return { replacements, keyOfName, replaced };
}

/**
 * Follows the timeline's groups: which key each plan id stands for now (the group last created
 * under it), so that registrations and health go to the group they were made in.
 */
export class CurrentGroups {
  private readonly current = new Map<string, string>();
  constructor(private readonly generations: TargetGroupGenerations) {}

  /** Call for each event in order, before reading keys for it. */
  see(event: SimEvent): void {
    const created = createdGroup(event);
    const key = created && this.generations.keyOfName.get(created.name);
    if (created?.id && key) this.current.set(created.id, key);
  }

  /** The diagram key a plan id stands for now. */
  keyOf(id: string): string {
    return this.current.get(id) ?? id;
  }

  /** An event's focus with its group and target ids moved to the group they mean now. */
  focusOf(event: SimEvent): string[] {
    const focus = event.focus.map((f) => {
      const tg = /^tg:(.+)$/.exec(f);
      if (tg?.[1] && this.generations.replaced.has(tg[1])) return `tg:${this.keyOf(tg[1])}`;
      const target = /^target:(.+?)\/([^/]+)$/.exec(f);
      if (target?.[1] && this.generations.replaced.has(target[1]))
        return `target:${this.keyOf(target[1])}/${target[2]}`;
      return f;
    });
    // A deleted group or binding is named: the old group, which the new model no longer has.
    const name =
      event.kind === 'aws-call' && event.operation === 'DeleteTargetGroup'
        ? String(event.request.Name ?? '')
        : event.kind === 'tgb-written'
          ? event.name
          : null;
    const key = name === null ? undefined : this.generations.keyOfName.get(name);
    if (key && this.generations.replaced.has(planIdOfKey(key)))
      return [
        ...new Set([
          ...focus.filter((f) => !f.startsWith('lb:') && !f.startsWith('tg:')),
          `tg:${key}`,
        ]),
      ];
    return focus;
  }
}
