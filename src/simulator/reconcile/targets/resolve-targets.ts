import type { NodeObject } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';
import { matchesSelector } from '../../world/expand-deployments.ts';
import type { World } from '../../world/world.ts';
import type { TargetGroupModel } from '../target-group-model.ts';
import { clusterIndex, type Endpoint } from './cluster-index.ts';

/** A target the TargetGroupBinding registers, before its health is known. */
export interface ResolvedTarget {
  id: string;
  port: number;
  node: NodeObject | null;
  endpoint: Endpoint | null;
}

const EXCLUDE_LABELS = [
  'node-role.kubernetes.io/master',
  'node.kubernetes.io/exclude-from-external-load-balancers',
  'alpha.service-controller.kubernetes.io/exclude-balancer',
];

/** §6.1 default node selector and taints (pods are never consulted in instance mode). */
export function isEligibleNode(
  node: NodeObject,
  selector: Readonly<Record<string, string>> | null,
): boolean {
  if (EXCLUDE_LABELS.some((label) => label in node.meta.labels)) return false;
  if (node.meta.labels['eks.amazonaws.com/compute-type'] === 'fargate') return false;
  if (selector && !matchesSelector(selector, node.meta.labels)) return false;
  return !node.taints.some(
    (t) =>
      t.key === 'ToBeDeletedByClusterAutoscaler' ||
      (t.key === 'karpenter.sh/disrupted' && t.effect === 'NoSchedule'),
  );
}

/** The nodes an instance target group registers: Ready=True, else (fail-open) Ready=Unknown. */
export function instanceTargetNodes(
  world: World,
  selector: Readonly<Record<string, string>> | null,
): NodeObject[] {
  const candidates = world.nodes.filter((n) => isEligibleNode(n, selector));
  const ready = candidates.filter((n) => n.ready === 'True');
  return ready.length > 0 ? ready : candidates.filter((n) => n.ready === 'Unknown');
}

const INSTANCE_ID = /^i-[^/]*$/;
const HYBRID_ID = /^mi-[^/]*$/;

/** Instance ID = last `/` segment of `spec.providerID` (§6.1), with the controller's errors. */
export function instanceIdOf(node: NodeObject): Result<string> {
  if (!node.providerID) return err(`providerID is not specified for node: ${node.meta.name}`);
  const id = node.providerID.split('/').at(-1) ?? '';
  if (INSTANCE_ID.test(id) || (node.providerID.startsWith('eks-hybrid://') && HYBRID_ID.test(id)))
    return ok(id);
  return err(`providerID ${node.providerID} is invalid for EC2 instances, node: ${node.meta.name}`);
}

/** §6.2: ready endpoints, plus containers-ready ones on Ready nodes (the readiness-gate case). */
export function ipTargetEndpoints(world: World, tg: TargetGroupModel): Endpoint[] {
  const index = clusterIndex(world);
  const endpoints = index.endpoints(tg.service, tg.servicePort);
  const included: Endpoint[] = [];
  const unknownNodeFallback: Endpoint[] = [];
  for (const endpoint of endpoints) {
    if (endpoint.ready) {
      included.push(endpoint);
      continue;
    }
    if (!endpoint.pod.containersReady || endpoint.terminating) continue;
    const node = endpoint.pod.nodeName ? index.nodesByName.get(endpoint.pod.nodeName) : undefined;
    if (node?.ready === 'True') included.push(endpoint);
    else if (node?.ready === 'Unknown') unknownNodeFallback.push(endpoint);
  }
  return included.length > 0 ? included : unknownNodeFallback;
}

/** What the TargetGroupBinding reconciler would register for one target group (§2.3, §6). */
export function resolveTargets(world: World, tg: TargetGroupModel): Result<ResolvedTarget[]> {
  const index = clusterIndex(world);
  if (tg.targetType === 'instance') {
    if (tg.service.type !== 'NodePort' && tg.service.type !== 'LoadBalancer') {
      return err(
        `service type must be either 'NodePort' or 'LoadBalancer': ${tg.service.meta.namespace}/${tg.service.meta.name}`,
      );
    }
    const targets: ResolvedTarget[] = [];
    for (const node of instanceTargetNodes(world, tg.nodeSelector)) {
      const id = instanceIdOf(node);
      if (!id.ok) return id;
      targets.push({ id: id.value, port: tg.servicePort.nodePort ?? 0, node, endpoint: null });
    }
    return ok(targets);
  }
  return ok(
    ipTargetEndpoints(world, tg).map((endpoint) => ({
      id: endpoint.ip,
      port: endpoint.port,
      node: endpoint.pod.nodeName ? (index.nodesByName.get(endpoint.pod.nodeName) ?? null) : null,
      endpoint,
    })),
  );
}
