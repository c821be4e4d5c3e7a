import type { PlanTargetHealth } from '../../aws/plan.ts';
import type { World } from '../../world/world.ts';
import type { TargetGroupModel } from '../target-group-model.ts';
import { clusterIndex } from './cluster-index.ts';
import type { ResolvedTarget } from './resolve-targets.ts';

const HEALTHY: PlanTargetHealth = { state: 'healthy' };
const unhealthy = (reason: string): PlanTargetHealth => ({ state: 'unhealthy', reason });

/**
 * Steady-state health once checks have run (§5.3, §6.5, §9.2). The app is assumed to answer
 * the health-check path with a matching code; what fails is the network path to it:
 * - instance mode checks the node's NodePort, so kube-proxy decides: no ready endpoint anywhere
 *   → REJECT (failed checks); `Local` and no local ready endpoint → DROP (timeout);
 * - kube-proxy's healthCheckNodePort (/healthz) answers 503 on a node without a local endpoint;
 * - a port nothing listens on is refused; a node whose kubelet stopped reporting times out.
 */
export function steadyStateHealth(
  world: World,
  tg: TargetGroupModel,
  target: ResolvedTarget,
): PlanTargetHealth {
  const nlb = tg.spec.ingress === null;
  const refused = 'Target.FailedHealthChecks';
  const zones = tg.zones ?? world.settings.loadBalancerZones;
  if (zones && target.node?.zone && !zones.includes(target.node.zone))
    return { state: 'unused', reason: 'Target.NotInUse' };
  if (target.node?.ready === 'Unknown') return unhealthy('Target.Timeout');
  const hcPort = tg.healthCheck.port;
  // A TCP check on the traffic port of a UDP target group finds nothing listening on TCP.
  if (tg.spec.protocol === 'UDP' && tg.healthCheck.protocol === 'TCP' && hcPort === 'traffic-port')
    return unhealthy(refused);

  if (tg.targetType === 'ip') {
    const pod = target.endpoint?.pod;
    if (!pod) return unhealthy(refused);
    if (hcPort !== 'traffic-port' && !pod.containerPorts.some((p) => p.containerPort === hcPort))
      return unhealthy(refused);
    return HEALTHY;
  }

  const index = clusterIndex(world);
  const svc = tg.service;
  const localReady = (port: (typeof svc.ports)[number]) =>
    index.endpoints(svc, port).some((e) => e.ready && e.pod.nodeName === target.node?.meta.name);
  const anyReady = (port: (typeof svc.ports)[number]) =>
    index.endpoints(svc, port).some((e) => e.ready);

  if (
    hcPort !== 'traffic-port' &&
    hcPort === svc.healthCheckNodePort &&
    svc.externalTrafficPolicy === 'Local'
  ) {
    return localReady(tg.servicePort) ? HEALTHY : unhealthy('Target.ResponseCodeMismatch');
  }
  const checkedPort =
    hcPort === 'traffic-port' ? tg.servicePort : svc.ports.find((p) => p.nodePort === hcPort);
  if (!checkedPort) return unhealthy(refused);
  if (svc.externalTrafficPolicy === 'Local') {
    if (!anyReady(checkedPort)) return unhealthy(refused); // no endpoints at all: kube-proxy REJECTs
    return localReady(checkedPort)
      ? HEALTHY
      : unhealthy(nlb ? 'Target.FailedHealthChecks' : 'Target.Timeout');
  }
  return anyReady(checkedPort) ? HEALTHY : unhealthy(refused);
}
