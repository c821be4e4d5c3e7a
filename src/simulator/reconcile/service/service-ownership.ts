import type { ServiceObject } from '../../kubernetes/objects.ts';
import type { World } from '../../world/world.ts';
import { AnnotationReader, SERVICE_PREFIX } from '../annotations.ts';

export type ServiceOwner =
  /** The controller builds an NLB. `viaWebhook`: its mutating webhook set the class at creation. */
  | { owner: 'controller'; viaWebhook: boolean }
  /** The in-tree cloud provider makes a CLB, or an NLB for `aws-load-balancer-type: nlb`. */
  | { owner: 'in-tree'; kind: 'classic' | 'network' }
  | { owner: 'none' };

/** §1.3 and §7: who, if anyone, provisions a load balancer for this Service. */
export function serviceOwner(world: World, svc: ServiceObject): ServiceOwner {
  if (svc.meta.deletionTimestamp !== null) return { owner: 'none' };
  const flags = world.settings.flags;
  let loadBalancerClass = svc.loadBalancerClass;
  let viaWebhook = false;
  if (svc.type === 'LoadBalancer' && !loadBalancerClass && flags.serviceMutatorWebhook) {
    loadBalancerClass = flags.loadBalancerClass;
    viaWebhook = true;
  }
  if (loadBalancerClass) {
    return loadBalancerClass === flags.loadBalancerClass
      ? { owner: 'controller', viaWebhook }
      : { owner: 'none' };
  }
  const reader = new AnnotationReader(svc.meta.annotations, SERVICE_PREFIX);
  const lbType = reader.string('aws-load-balancer-type');
  const targetType = reader.string('aws-load-balancer-nlb-target-type');
  if (
    lbType === 'nlb-ip' ||
    (lbType === 'external' && (targetType === 'ip' || targetType === 'instance'))
  ) {
    return { owner: 'controller', viaWebhook: false };
  }
  if (svc.type !== 'LoadBalancer' || lbType === 'external') return { owner: 'none' };
  return { owner: 'in-tree', kind: lbType === 'nlb' ? 'network' : 'classic' };
}
