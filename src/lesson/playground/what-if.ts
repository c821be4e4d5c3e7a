import type { PlanTargetHealth, SimEvent, Timeline, World } from '../../simulator/index.ts';

/** One target's health over the simulated time (a point whenever it changed). */
export interface HealthSeries {
  targetGroup: string;
  target: string;
  points: { atMs: number; state: PlanTargetHealth['state'] | 'gone' }[];
}

/** What the what-ifs did: target health over time and requests by status. */
export interface WhatIfSummary {
  endMs: number;
  health: HealthSeries[];
  requests: Timeline['requests'];
  traffic: { fromMs: number; toMs: number; counts: Record<string, number> }[];
}

/** Names the action templates can use (the reader's own objects). */
export interface WorldNames {
  deployments: string[];
  services: string[];
  ingresses: string[];
  nodes: string[];
  pods: string[];
  namespaces: string[];
}

const MAX_SERIES = 60;

export function whatIfSummary(
  events: readonly SimEvent[],
  requests: Timeline['requests'],
): WhatIfSummary {
  const series = new Map<string, HealthSeries>();
  let endMs = 0;
  const traffic: WhatIfSummary['traffic'] = [];
  for (const event of events) {
    endMs = Math.max(endMs, event.atMs);
    if (event.kind === 'traffic')
      traffic.push({ fromMs: event.fromMs, toMs: event.toMs, counts: event.counts });
    if (event.kind !== 'target-health') continue;
    const key = `${event.targetGroup} ${event.target}`;
    let s = series.get(key);
    if (!s) {
      if (series.size >= MAX_SERIES) continue;
      series.set(key, (s = { targetGroup: event.targetGroup, target: event.target, points: [] }));
    }
    s.points.push({ atMs: event.atMs, state: event.after?.state ?? 'gone' });
  }
  return { endMs, health: [...series.values()], requests, traffic };
}

const key = (meta: { namespace: string; name: string }) => `${meta.namespace}/${meta.name}`;

export function worldNames(world: World): WorldNames {
  return {
    deployments: world.deployments.map((d) => key(d.meta)),
    services: world.services.map((s) => key(s.meta)),
    ingresses: world.ingresses.map((i) => key(i.meta)),
    nodes: world.nodes.map((n) => n.meta.name),
    pods: world.pods.slice(0, 50).map((p) => key(p.meta)),
    namespaces: [...new Set(world.pods.map((p) => p.meta.namespace))],
  };
}
