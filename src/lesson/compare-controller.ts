import type { OkRun } from './lesson-time.ts';

// What the controller set up differently in one mode, read from the simulator's outputs (the
// plan and the controller's timeline), for the compare view's short summary of the controller.

/** The security-group rule the TargetGroupBinding adds on the targets' ENIs (§2.3 step 5). */
export interface BackendRule {
  /** The group the rule goes on (the nodes' group; pod IPs sit on the nodes' ENIs). */
  group: string;
  /** The group let in: the shared backend group. */
  from: string[];
  ports: number[];
}

export interface ControllerFacts {
  /** The traced request's target group's type (null: the request reaches no target group). */
  targetType: 'instance' | 'ip' | null;
  /** Its registered targets' ids (instance IDs or pod IPs) and their ports. */
  targets: string[];
  ports: number[];
  /** AuthorizeSecurityGroupIngress calls on the targets' group. */
  rules: BackendRule[];
  /** Readiness-gate updates (ip mode, when the namespace injects the gate: §6.4). */
  readinessGates: number;
  /** The controller's steps before the packet. */
  steps: number;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function controllerFacts(run: OkRun): ControllerFacts {
  const traced = run.trace.summary.targetGroup;
  const group = run.plan.targetGroups.find((tg) => tg.id === traced);
  const rules: BackendRule[] = [];
  for (const event of run.events) {
    if (event.kind !== 'aws-call' || event.operation !== 'AuthorizeSecurityGroupIngress') continue;
    const groupId = event.request.GroupId;
    // The load balancer's own group is named (GroupName); the targets' group comes by id.
    if (typeof groupId !== 'string' || !event.ok) continue;
    const permissions = Array.isArray(event.request.IpPermissions)
      ? (event.request.IpPermissions as {
          FromPort?: number;
          UserIdGroupPairs?: { GroupName?: string; GroupId?: string }[];
        }[])
      : [];
    const ports = permissions.flatMap((p) => (typeof p.FromPort === 'number' ? [p.FromPort] : []));
    const from = permissions.flatMap((p) =>
      (p.UserIdGroupPairs ?? []).flatMap((pair) => pair.GroupName ?? pair.GroupId ?? []),
    );
    const same = rules.find((r) => r.group === groupId);
    if (same) {
      same.ports = unique([...same.ports, ...ports]);
      same.from = unique([...same.from, ...from]);
    } else rules.push({ group: groupId, from: unique(from), ports: unique(ports) });
  }
  return {
    targetType: group?.targetType ?? run.trace.summary.targetType,
    targets: group ? group.targets.map((t) => t.id) : [],
    ports: group ? unique(group.targets.map((t) => t.port)) : [],
    rules,
    readinessGates: run.events.filter((e) => e.kind === 'readiness-gate').length,
    steps: run.steps.filter((s) => s.kind === 'event').length,
  };
}
