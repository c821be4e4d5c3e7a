import type { PlanLoadBalancer } from '../../aws/plan.ts';
import type { ServiceObject } from '../../kubernetes/objects.ts';
import { sha256Hex } from '../../util/sha256.ts';
import type { World } from '../../world/world.ts';
import { AnnotationReader, SERVICE_PREFIX } from '../annotations.ts';
import { loadBalancerDnsName } from '../naming.ts';

/** Target-group id the in-tree listeners point at: every node's NodePort for that Service port. */
export const inTreeTargetId = (svc: ServiceObject, port: number) =>
  `in-tree:${svc.meta.namespace}/${svc.meta.name}:${port}`;

/**
 * §7, chapter 3: what the in-tree cloud provider makes for a Service the controller leaves alone —
 * a Classic Load Balancer (or an NLB for `aws-load-balancer-type: nlb`) listening on each Service
 * port and sending to every node's NodePort. Teaching data only; the controller never owns it.
 * Its name is `a` + the Service UID without dashes, cut to 32 characters.
 */
export function buildInTreeLoadBalancer(
  world: World,
  svc: ServiceObject,
  kind: 'classic' | 'network',
): PlanLoadBalancer {
  const key = `${svc.meta.namespace}/${svc.meta.name}`;
  const uid = svc.meta.uid ? svc.meta.uid.replace(/-/g, '') : sha256Hex(`uid:${key}`);
  const name = `a${uid}`.slice(0, 32);
  const internal = new AnnotationReader(svc.meta.annotations, SERVICE_PREFIX).bool(
    'aws-load-balancer-internal',
  );
  const scheme = internal.ok && internal.value ? 'internal' : 'internet-facing';
  return {
    stack: key,
    name,
    type: kind,
    scheme,
    ipAddressType: 'ipv4',
    sources: [`Service ${key}`],
    group: null,
    dnsName: loadBalancerDnsName(name, scheme, world.settings.region, kind),
    listeners: svc.ports.map((p) => ({
      port: p.port,
      protocol: p.protocol.toUpperCase() === 'UDP' ? 'UDP' : 'TCP',
      certificateArns: [],
      sslPolicy: null,
      defaultAction: { type: 'forward', targetGroup: inTreeTargetId(svc, p.port) },
      rules: [],
    })),
  };
}
