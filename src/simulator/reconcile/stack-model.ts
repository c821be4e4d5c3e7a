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
  /**
   * §2.1 step 5.1 and §2.3 step 5: the managed security group (listen ports open to the inbound
   * CIDRs) and the cluster's shared backend group whose traffic the nodes' groups let in.
   * Absent when not modelled (NLB stacks).
   */
  securityGroups?: {
    /** null: the `security-groups` annotation names the load balancer's groups instead. */
    managed: { name: string; ingress: { port: number; cidr: string }[] } | null;
    /** null: user groups without `manage-backend-security-group-rules: "true"`. */
    backend: string | null;
  };
}
