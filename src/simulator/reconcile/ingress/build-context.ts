import type { World } from '../../world/world.ts';
import type { TargetGroupModel } from '../target-group-model.ts';
import type { LoadBalancerSpec } from './build-load-balancer.ts';
import type { IngressGroup } from './load-groups.ts';

/** What every model-build step of one IngressGroup shares. */
export interface IngressBuildContext {
  world: World;
  group: IngressGroup;
  stack: string;
  loadBalancer: LoadBalancerSpec;
  sslRedirectPort: number | null;
  /** Target groups built so far, by resource id (one per Ingress, Service and port). */
  targetGroups: Map<string, TargetGroupModel>;
}
