import type { PlanLoadBalancer, PlanTarget, PlanTargetGroup } from '../aws/plan.ts';
import type { TargetGroupModel } from '../reconcile/target-group-model.ts';
import { clusterIndex } from '../reconcile/targets/cluster-index.ts';
import { instanceTargetNodes } from '../reconcile/targets/resolve-targets.ts';
import type { SeededRandom } from '../util/seeded-random.ts';
import type { World } from '../world/world.ts';
import { ephemeralPort } from './addresses.ts';
import { deliverThroughNodePort, deliverToPodIp, type Delivery } from './deliver-to-pod.ts';
import type { Hop, Trace } from './trace-types.ts';

export interface ForwardContext {
  lb: PlanLoadBalancer;
  kind: 'alb' | 'nlb' | 'clb';
  tg: PlanTargetGroup;
  model: TargetGroupModel;
  chosen: { target: PlanTarget; failOpen: boolean };
  client: string;
  front: string;
  url: URL;
  privateIp: string;
  respond: (status: number, note: string, extra?: Hop[]) => Trace;
  rng: SeededRandom;
  listenerPort: number;
  scheme: string;
}

/** From the load balancer to the chosen target, into the cluster, and the answer back. */
export function forwardToTarget(world: World, trace: Trace, ctx: ForwardContext): Trace {
  const { tg, model, chosen, kind } = ctx;
  const target = chosen.target;
  const index = clusterIndex(world);
  const node = target.node ? index.nodesByName.get(target.node) : undefined;
  const targetIp = tg.targetType === 'instance' ? (node?.internalIP ?? '0.0.0.0') : target.id;
  const targetAddress = `${targetIp}:${target.port}`;
  // An ALB (and a CLB) is a proxy with its own connection; an NLB keeps the client's address for instance targets.
  const preserveClientIp =
    kind === 'nlb' &&
    (model.spec.attributes['preserve_client_ip.enabled'] ??
      String(tg.targetType === 'instance')) === 'true';
  const source = preserveClientIp ? ctx.client : `${ctx.privateIp}:${ephemeralPort(ctx.rng)}`;
  const headers: Record<string, string> =
    kind === 'alb'
      ? {
          Host: ctx.url.host,
          'X-Forwarded-For': trace.request.clientIp,
          'X-Forwarded-Proto': ctx.scheme.toLowerCase(),
          'X-Forwarded-Port': String(ctx.listenerPort),
        }
      : {};
  if (kind === 'alb') trace.summary.xForwardedFor = trace.request.clientIp;
  const healthy = tg.targets.filter((t) => t.health.state === 'healthy').length;
  trace.hops.push({
    at: 'target-group',
    name: tg.id,
    target: `${target.id}:${target.port}`,
    before: { src: ctx.client, dst: ctx.front },
    src: source,
    dst: targetAddress,
    headers,
    note: `${chosen.failOpen ? `no healthy target: fails open to all ${tg.targets.length}` : `${healthy} healthy target(s)`}; sends to ${target.id}:${target.port}${preserveClientIp ? ' keeping the client address' : ` from ${source.split(':')[0]}`}`,
  });

  let delivery: Delivery;
  if (tg.targetType === 'instance' && node) {
    trace.summary.kubeProxyDnat = true;
    delivery = deliverThroughNodePort(
      world,
      model.service,
      model.servicePort,
      node,
      { src: source, dst: targetAddress },
      ctx.rng,
    );
    trace.summary.snat = model.service.externalTrafficPolicy !== 'Local';
  } else {
    delivery = deliverToPodIp(world, target.id, target.port, { src: source, dst: targetAddress });
  }
  trace.hops.push(
    ...delivery.hops.map((h) =>
      h.at === 'pod' && Object.keys(headers).length ? { ...h, headers } : h,
    ),
  );
  trace.summary.podSourceIpKind = trace.summary.snat
    ? 'node'
    : preserveClientIp
      ? 'client'
      : kind === 'nlb'
        ? 'nlb'
        : 'alb';
  if (delivery.failure) return ctx.respond(delivery.failure.status, delivery.failure.note);
  const back = { src: targetAddress, dst: source };
  return ctx.respond(
    200,
    kind === 'alb'
      ? "writes the pod's 200 on the client's connection"
      : "passes the pod's answer back to the client",
    [
      ...delivery.replyHops,
      {
        at: 'target-group',
        name: tg.id,
        src: back.src,
        dst: back.dst,
        note: `the answer returns to ${kind.toUpperCase()} ${ctx.lb.name}`,
      },
    ],
  );
}

/** The in-tree CLB (chapter 3): a layer-4 proxy to any Ready node's NodePort, then kube-proxy. */
export function forwardInTree(
  world: World,
  trace: Trace,
  ctx: Pick<
    ForwardContext,
    'lb' | 'kind' | 'client' | 'front' | 'privateIp' | 'respond' | 'rng'
  > & { tgId: string },
): Trace {
  const [, key = '', portText = ''] = /^in-tree:(.+):(\d+)$/.exec(ctx.tgId) ?? [];
  const svc = world.services.find((s) => `${s.meta.namespace}/${s.meta.name}` === key);
  const port = svc?.ports.find((p) => String(p.port) === portText);
  const nodes = instanceTargetNodes(world, null).filter((n) => n.internalIP);
  if (!svc || !port || port.nodePort === null || nodes.length === 0) {
    return ctx.respond(503, 'no instance is in service behind the load balancer');
  }
  const node = nodes[ctx.rng.int(nodes.length)]!;
  const source = `${ctx.privateIp}:${ephemeralPort(ctx.rng)}`;
  const targetAddress = `${node.internalIP}:${port.nodePort}`;
  trace.summary.kubeProxyDnat = true;
  trace.summary.snat = svc.externalTrafficPolicy !== 'Local';
  trace.hops.push({
    at: ctx.kind,
    name: ctx.lb.name,
    before: { src: ctx.client, dst: ctx.front },
    src: source,
    dst: targetAddress,
    note: `the ${ctx.kind.toUpperCase()} opens its own connection to ${node.meta.name}'s NodePort ${port.nodePort} (every node is registered)`,
  });
  const delivery = deliverThroughNodePort(
    world,
    svc,
    port,
    node,
    { src: source, dst: targetAddress },
    ctx.rng,
  );
  trace.hops.push(...delivery.hops);
  trace.summary.podSourceIpKind = trace.summary.snat ? 'node' : null;
  if (delivery.failure)
    return ctx.respond(
      delivery.failure.status === 502 ? 503 : delivery.failure.status,
      delivery.failure.note,
    );
  return ctx.respond(200, "writes the pod's answer on the client's connection", delivery.replyHops);
}
