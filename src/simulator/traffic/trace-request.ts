import type { PlanAction, PlanTarget, PlanTargetGroup } from '../aws/plan.ts';
import { reconcile, type ReconcileResult } from '../reconcile/reconcile.ts';
import { seededRandom, type SeededRandom } from '../util/seeded-random.ts';
import type { World } from '../world/world.ts';
import { ephemeralPort, loadBalancerAddresses } from './addresses.ts';
import { forwardInTree, forwardToTarget } from './forward-to-target.ts';
import { ruleMatches, type HttpRequestView } from './match-conditions.ts';
import { redirectLocation } from './redirect-location.ts';
import { resolveLoadBalancer } from './resolve-dns.ts';
import type { Hop, Trace, TraceRequest, TraceSummary } from './trace-types.ts';

const EMPTY_SUMMARY: TraceSummary = {
  loadBalancer: null,
  listener: null,
  rulePriority: null,
  action: null,
  targetGroup: null,
  targetType: null,
  kubeProxyDnat: false,
  snat: false,
  podSourceIpKind: null,
  xForwardedFor: null,
  clientReceivesResponseFrom: null,
};

const REDIRECT_STATUS: Record<string, number> = { HTTP_301: 301, HTTP_302: 302 };

/** The forward action's target group, chosen by weight when there are several. */
function pickTargetGroup(
  action: Extract<PlanAction, { type: 'forward' }>,
  rng: SeededRandom,
): string {
  if ('targetGroup' in action) return action.targetGroup;
  const total = action.targetGroups.reduce((sum, tg) => sum + (tg.weight ?? 1), 0);
  let roll = rng.next() * total;
  for (const tg of action.targetGroups) {
    roll -= tg.weight ?? 1;
    if (roll < 0) return tg.id;
  }
  return action.targetGroups.at(-1)!.id;
}

/** Healthy targets, or — when none is healthy — all of them: the ALB fails open (§5.3). */
function pickTarget(
  tg: PlanTargetGroup,
  rng: SeededRandom,
): { target: PlanTarget; failOpen: boolean } | null {
  const routable = tg.targets.filter(
    (t) => t.health.state !== 'draining' && t.health.state !== 'unused',
  );
  if (routable.length === 0) return null;
  const healthy = routable.filter((t) => t.health.state === 'healthy');
  const pool = healthy.length > 0 ? healthy : routable;
  return { target: pool[rng.int(pool.length)]!, failOpen: healthy.length === 0 };
}

/** A DNS name or an IPv4 address (letters, digits, hyphens, dots), or an IPv6 literal. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/i;

/**
 * The URL a client could send, or null. Browsers' URL parsers differ on what a host may hold
 * (Chromium percent-encodes "not a url" into a host), so the host is checked here as DNS sees it.
 */
function parseUrl(raw: string): URL | null {
  try {
    const url = new URL(raw.includes('://') ? raw : `http://${raw}`);
    return HOST.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/**
 * `trace(world, request)`: one request from the client to a pod and back, hop by hop (§9).
 * The load balancer's state is the plan's steady state; which target and which pod a request
 * lands on depends on the seed only.
 */
export function traceRequest(
  world: World,
  request: TraceRequest,
  reconciled: ReconcileResult = reconcile(world),
): Trace {
  const seed = request.seed ?? 1;
  const clientIp = request.clientIp ?? world.settings.clientIp;
  const rng = seededRandom(seed);
  const url = parseUrl(request.url);
  const trace: Trace = {
    request: { url: request.url, clientIp, seed },
    status: 0,
    summary: { ...EMPTY_SUMMARY },
    hops: [],
    response: [],
  };
  if (!url) {
    trace.hops.push({
      at: 'client',
      name: clientIp,
      src: `${clientIp}:0`,
      dst: '0.0.0.0:0',
      note: `not a URL: ${request.url}`,
    });
    return trace;
  }
  const scheme = url.protocol === 'https:' ? 'HTTPS' : 'HTTP';
  const port = url.port ? Number(url.port) : scheme === 'HTTPS' ? 443 : 80;
  const host = url.hostname.toLowerCase();
  const { plan } = reconciled;
  const inTree = plan.inTreeLoadBalancers ?? [];
  const lb = resolveLoadBalancer(host, plan.loadBalancers, inTree, world.settings);
  const clientPort = ephemeralPort(rng);
  const client = `${clientIp}:${clientPort}`;

  if (!lb) {
    trace.hops.push({
      at: 'dns',
      name: host,
      src: `${clientIp}:${ephemeralPort(rng)}`,
      dst: '192.0.2.53:53',
      note: `${host}: no load balancer answers for this name (NXDOMAIN)`,
    });
    return trace;
  }
  const addresses = loadBalancerAddresses(lb, world.settings.vpcCidr);
  const kind = lb.type === 'application' ? 'alb' : lb.type === 'network' ? 'nlb' : 'clb';
  const front = `${addresses.frontIp}:${port}`;
  trace.summary.loadBalancer = lb.stack;
  trace.summary.clientReceivesResponseFrom = kind;
  const resolver = lb.scheme === 'internet-facing' ? '192.0.2.53' : addresses.resolverIp;
  trace.hops.push({
    at: 'dns',
    name: host,
    src: `${clientIp}:${ephemeralPort(rng)}`,
    dst: `${resolver}:53`,
    note: `${host}${host === lb.dnsName ? '' : ` → CNAME ${lb.dnsName}`} → ${addresses.frontIp} (${kind === 'clb' ? 'the in-tree cloud provider writes no DNS record either' : 'the controller writes no DNS record'}; an alias or external-dns does)`,
  });
  const method = request.method ?? 'GET';
  trace.hops.push({
    at: 'client',
    name: clientIp,
    src: client,
    dst: front,
    note: `${method} ${url.pathname}${url.search} over ${scheme === 'HTTPS' ? 'TLS' : 'TCP'}`,
    headers: { Host: url.host },
  });

  const listener = lb.listeners.find((l) => l.port === port);
  trace.hops.push({
    at: kind,
    name: lb.name,
    src: client,
    dst: front,
    note: listener
      ? `${lb.name} accepts the connection on ${port}`
      : `nothing listens on port ${port}: the connection is refused`,
  });
  if (!listener) return trace;
  trace.summary.listener = `${listener.protocol}:${listener.port}`;

  const view: HttpRequestView = {
    host,
    path: url.pathname,
    query: url.searchParams,
    method,
    headers: { host: url.host, ...(request.headers ?? {}) },
    sourceIp: clientIp,
  };
  const rule =
    lb.type === 'application'
      ? listener.rules.find((r) => ruleMatches(r.conditions, view))
      : undefined;
  const tls = listener.protocol === 'HTTPS' || listener.protocol === 'TLS';
  trace.hops.push({
    at: 'listener',
    name: `${listener.protocol}:${listener.port}`,
    src: client,
    dst: front,
    note: `${tls ? `TLS terminates here (certificate ${listener.certificateArns[0] ?? 'none'}); ` : ''}${lb.type === 'application' ? `${listener.rules.length} rule(s) evaluated by priority` : 'layer 4: no rules, the default action forwards'}`,
  });
  const action = rule ? rule.action : listener.defaultAction;
  trace.summary.rulePriority = rule ? rule.priority : null;
  trace.summary.action = action.type;
  if (lb.type === 'application') {
    trace.hops.push({
      at: 'rule',
      name: rule ? String(rule.priority) : 'default',
      src: client,
      dst: front,
      note: rule
        ? `priority ${rule.priority} matches (${rule.conditions.map((c) => `${c.field} ${[...c.values, ...(c.regexValues ?? [])].join(' | ')}`).join(', ')})`
        : 'no rule matches: the default action applies',
    });
    const preAction = rule?.preActions?.[0];
    if (preAction) {
      const deny =
        preAction.type === 'jwt-validation' || preAction.onUnauthenticatedRequest === 'deny';
      const allow =
        preAction.type !== 'jwt-validation' && preAction.onUnauthenticatedRequest === 'allow';
      if (!allow) {
        trace.status = deny ? 401 : 302;
        const note =
          preAction.type === 'jwt-validation'
            ? 'no valid JWT: 401 Unauthorized'
            : deny
              ? 'not signed in: 401 Unauthorized'
              : `not signed in: 302 to the identity provider (${preAction.type})`;
        trace.response.push(
          { at: 'alb', name: lb.name, src: front, dst: client, note },
          {
            at: 'client',
            name: clientIp,
            src: front,
            dst: client,
            note: `the client receives ${trace.status} from the ALB`,
          },
        );
        return trace;
      }
    }
  }

  const respond = (status: number, note: string, extra: Hop[] = []) => {
    trace.status = status;
    trace.response.push(
      ...extra,
      { at: kind, name: lb.name, src: front, dst: client, note },
      {
        at: 'client',
        name: clientIp,
        src: front,
        dst: client,
        note: `the client receives ${status} from the ${kind.toUpperCase()}`,
      },
    );
    return trace;
  };
  if (action.type === 'fixed-response')
    return respond(
      Number(action.statusCode),
      `fixed response ${action.statusCode}${action.messageBody ? ` "${action.messageBody}"` : ''}`,
    );
  if (action.type === 'redirect') {
    const location = redirectLocation(action, url, port, listener.protocol);
    return respond(
      REDIRECT_STATUS[action.statusCode] ?? 302,
      `redirect ${action.statusCode} to ${location}`,
    );
  }

  const tgId = pickTargetGroup(action, rng);
  if (tgId.startsWith('in-tree:')) {
    return forwardInTree(world, trace, {
      lb,
      kind,
      client,
      front,
      privateIp: addresses.privateIp,
      respond,
      rng,
      tgId,
    });
  }
  // Plan ids may repeat across stacks (an Ingress TG `ns/ing-svc:port` can equal a Service TG
  // `ns/svc:port`): resolve within this load balancer's own stack, then by the unique TG name.
  const stack = reconciled.stacks.find((s) => s.loadBalancer.name === lb.name);
  const model = stack?.targetGroups.find((t) => t.spec.id === tgId);
  const tg = model ? plan.targetGroups.find((t) => t.name === model.spec.name) : undefined;
  trace.summary.targetGroup = tgId;
  trace.summary.targetType = tg?.targetType ?? null;
  const chosen = tg ? pickTarget(tg, rng) : null;
  if (!tg || !model || !chosen) {
    trace.hops.push({
      at: 'target-group',
      name: tgId,
      src: client,
      dst: front,
      note: 'no registered targets',
    });
    return respond(503, '503 Service Unavailable: the target group has no registered targets');
  }
  return forwardToTarget(world, trace, {
    lb,
    kind,
    tg,
    model,
    chosen,
    client,
    front,
    url,
    privateIp: addresses.privateIp,
    respond,
    rng,
    listenerPort: port,
    scheme,
  });
}
