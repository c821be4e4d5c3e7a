import type { PlanAction, PlanLoadBalancer } from '../aws/plan.ts';
import { ruleMatches, type HttpRequestView } from '../traffic/match-conditions.ts';
import { resolveLoadBalancer } from '../traffic/resolve-dns.ts';
import { proxyView } from './proxy-view.ts';
import { at, emit, say, type AwsTarget, type Sim } from './sim.ts';

const TICK_MS = 100;

const deployedLoadBalancers = (sim: Sim): PlanLoadBalancer[] =>
  [...sim.aws.stacks.values()].map((s) => {
    const { attributes: _attributes, ...lb } = s.loadBalancer;
    return { ...lb, listeners: s.listeners };
  });

function forwardTarget(action: PlanAction, roll: number): string | null {
  if (action.type !== 'forward') return null;
  if ('targetGroup' in action) return action.targetGroup;
  const total = action.targetGroups.reduce((n, t) => n + (t.weight ?? 1), 0);
  let left = roll * total;
  for (const t of action.targetGroups) {
    left -= t.weight ?? 1;
    if (left < 0) return t.id;
  }
  return action.targetGroups.at(-1)?.id ?? null;
}

const pools = new WeakMap<Sim, Map<string, { atMs: number; pool: AwsTarget[] }>>();

/** Healthy targets the load balancer still routes to, or all of them when none is healthy (fail open). */
function routingPool(sim: Sim, tgId: string, targets: Map<string, AwsTarget>): AwsTarget[] {
  const cache = pools.get(sim) ?? new Map<string, { atMs: number; pool: AwsTarget[] }>();
  pools.set(sim, cache);
  const hit = cache.get(tgId);
  if (hit && hit.atMs === sim.nowMs) return hit.pool;
  const routable: AwsTarget[] = [];
  const healthy: AwsTarget[] = [];
  for (const target of targets.values()) {
    if (target.stopRoutingAtMs !== null && sim.nowMs >= target.stopRoutingAtMs) continue;
    if (target.health.state === 'unused') continue;
    routable.push(target);
    // A deregistered target keeps getting new requests until the change reaches every load
    // balancer node (stopRoutingAtMs): during that window it still counts as a healthy one.
    if (target.health.state === 'healthy' || target.stopRoutingAtMs !== null) healthy.push(target);
  }
  const pool = healthy.length > 0 ? healthy : routable;
  cache.set(tgId, { atMs: sim.nowMs, pool });
  return pool;
}

/** What one request gets at this moment, from the load balancer's and the pods' real state (§9). */
export function requestOutcome(sim: Sim, url: URL): number {
  const settings = sim.current.settings;
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const lb = resolveLoadBalancer(
    url.hostname.toLowerCase(),
    deployedLoadBalancers(sim),
    [],
    settings,
  );
  const listener = lb?.listeners.find((l) => l.port === port);
  if (!lb || !listener) return 0;
  const view: HttpRequestView = {
    host: url.hostname.toLowerCase(),
    path: url.pathname,
    query: url.searchParams,
    method: 'GET',
    headers: {},
    sourceIp: settings.clientIp,
  };
  const rule =
    lb.type === 'application'
      ? listener.rules.find((r) => ruleMatches(r.conditions, view))
      : undefined;
  const action = rule ? rule.action : listener.defaultAction;
  if (action.type === 'fixed-response') return Number(action.statusCode);
  if (action.type === 'redirect') return action.statusCode === 'HTTP_301' ? 301 : 302;
  const tgId = forwardTarget(action, sim.rng.next());
  const tg = tgId ? sim.aws.targetGroups.get(tgId) : undefined;
  if (!tg) return 503;
  const pool = routingPool(sim, tgId!, tg.targets);
  if (pool.length === 0) return 503;
  const target = pool[sim.rng.int(pool.length)]!;
  const node = target.node ? sim.nodes.get(target.node) : undefined;
  if (node?.dead) return 504;
  if (tg.model.targetType === 'ip') {
    const pod = target.pod ? sim.pods.get(target.pod) : undefined;
    return pod?.accepting ? 200 : 502;
  }
  const svc = tg.model.service;
  const proxied = proxyView(sim, `${svc.meta.namespace}/${svc.meta.name}`);
  const local = svc.externalTrafficPolicy === 'Local';
  const candidates = local ? (proxied.byNode.get(target.node ?? '') ?? []) : proxied.all;
  if (candidates.length === 0) return local && proxied.all.length > 0 ? 504 : 502;
  const pod = candidates[sim.rng.int(candidates.length)]!;
  // A pod on a node that stopped answering times out (504) before anything can refuse (502).
  const podNode = pod.object.nodeName ? sim.nodes.get(pod.object.nodeName) : undefined;
  if (podNode?.dead) return 504;
  return pod.accepting ? 200 : 502;
}

/** "{ok} answered 200", and when some were not, which statuses ("15 × 503"; 0: no answer). */
function trafficNarration(bucket: Record<string, number>) {
  const ok = bucket['200'] ?? 0;
  const others = Object.entries(bucket)
    .filter(([status]) => status !== '200')
    .sort(([a], [b]) => Number(a) - Number(b));
  const failed = others.reduce((n, [, c]) => n + c, 0);
  if (failed === 0) return say('traffic.window', { ok, failed });
  const statuses = others
    .map(([status, count]) => `${count} × ${status === '0' ? '—' : status}`)
    .join(', ');
  return say('traffic.windowFailed', { ok, failed, statuses });
}

/** Send `rps` requests per second for `durationMs`; counts are reported once per second. */
export function startTraffic(sim: Sim, rawUrl: string, rps: number, durationMs: number): void {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return;
  }
  const start = sim.nowMs;
  const end = start + durationMs;
  let carry = 0;
  let bucket: Record<string, number> = {};
  let bucketStart = start;
  const flush = () => {
    if (Object.keys(bucket).length === 0) return;
    emit(
      sim,
      { kind: 'traffic', fromMs: bucketStart, toMs: sim.nowMs, counts: bucket },
      trafficNarration(bucket),
      ['client'],
    );
    bucket = {};
    bucketStart = sim.nowMs;
  };
  const tick = () => {
    carry += (rps * TICK_MS) / 1000;
    const count = Math.floor(carry);
    carry -= count;
    for (let i = 0; i < count; i++) {
      const status = String(requestOutcome(sim, url));
      bucket[status] = (bucket[status] ?? 0) + 1;
      sim.requests.total++;
      sim.requests.byStatus[status] = (sim.requests.byStatus[status] ?? 0) + 1;
    }
    if (sim.nowMs - bucketStart >= 1000) flush();
    if (sim.nowMs + TICK_MS < end) at(sim, sim.nowMs + TICK_MS, 'traffic', tick);
    else at(sim, end, 'traffic end', flush);
  };
  at(sim, start, 'traffic', tick);
}
