import type { PlanListener, PlanLoadBalancer } from '../aws/plan.ts';
import type { TargetGroupModel } from './target-group-model.ts';

/** The desired state the controller builds for one stack (an IngressGroup or a Service). */
export interface StackModel {
  /** `ns/name` of an implicit group or a Service; the group name of an explicit group. */
  stack: string;
  /** The objects whose events report on this stack ("Ingress ns/name" / "Service ns/name"). */
  members: string[];
  loadBalancer: Omit<PlanLoadBalancer, 'listeners'> & { attributes: Record<string, string> };
  listeners: PlanListener[];
  targetGroups: TargetGroupModel[];
}
