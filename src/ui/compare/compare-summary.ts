import type { Plan, Trace } from '../../simulator/index.ts';

/** What the comparison table says about one mode's traced request. */
export interface ModeFacts {
  /** Request hops, client to pod. */
  hops: number;
  kubeProxyDnat: boolean;
  snat: boolean;
  /** Whose address the pod sees as the L3 source, and the address itself. */
  podSourceKind: Trace['summary']['podSourceIpKind'];
  podSource: string | null;
  /** The packet crosses from the node the load balancer chose to the pod's node. */
  crossNode: boolean;
}

export function modeFacts(trace: Trace): ModeFacts {
  const podHop = trace.hops.find((hop) => hop.at === 'pod');
  return {
    hops: trace.hops.length,
    kubeProxyDnat: trace.summary.kubeProxyDnat,
    snat: trace.summary.snat,
    podSourceKind: trace.summary.podSourceIpKind,
    podSource: podHop ? (podHop.src.split(':')[0] ?? podHop.src) : null,
    crossNode: trace.hops.filter((hop) => hop.at === 'node').length > 1,
  };
}

export interface PlanLine {
  /** The target group's id (`ns/service:port`). */
  group: string;
  text: string;
}

/** The parts of a plan that differ between target types, one line each. */
export function planLines(plan: Pick<Plan, 'targetGroups'>): PlanLine[] {
  return plan.targetGroups.flatMap((tg) =>
    [
      `name ${tg.name}`,
      `port ${tg.port}`,
      `target type ${tg.targetType}`,
      ...tg.targets.map((target) => `target ${target.id}:${target.port}`),
    ].map((text) => ({ group: tg.id, text })),
  );
}

export interface DiffLine extends PlanLine {
  change: 'removed' | 'added' | 'same';
}

const keyOf = (line: PlanLine) => `${line.group}\n${line.text}`;

/** A line diff of the two plans: `from`'s lines missing in `to` are removed, new ones added. */
export function planDiff(
  from: Pick<Plan, 'targetGroups'>,
  to: Pick<Plan, 'targetGroups'>,
): DiffLine[] {
  const before = planLines(from);
  const after = planLines(to);
  const inAfter = new Set(after.map(keyOf));
  const inBefore = new Set(before.map(keyOf));
  const lines: DiffLine[] = [];
  for (const line of before)
    lines.push({ ...line, change: inAfter.has(keyOf(line)) ? 'same' : 'removed' });
  for (const line of after)
    if (!inBefore.has(keyOf(line))) lines.push({ ...line, change: 'added' });
  return lines;
}
