/**
 * The simulator's front door: a pure model of the AWS Load Balancer Controller.
 * Everything outside src/simulator imports from here and nowhere else.
 */
export { planFromManifests } from './plan-from-manifests.ts';
export { parseManifests, formatManifestError } from './kubernetes/parse-manifests.ts';
export { buildWorld } from './world/build-world.ts';
export { reconcile } from './reconcile/reconcile.ts';
export { traceRequest } from './traffic/trace-request.ts';
export { simulate } from './timeline/simulate.ts';
export { parseActions } from './timeline/actions.ts';
// The instance-mode node rules (§6.1), for the in-tree CLB's targets in the scene.
export { instanceIdOf, instanceTargetNodes } from './reconcile/targets/resolve-targets.ts';
// A load balancer's private address (its node's ENI), as traces use it: the diagram draws it.
export { loadBalancerAddresses } from './traffic/addresses.ts';
// The security group EKS puts on the nodes' ENIs, where the bindings add their rules (§2.3 step 5);
// the DNS name AWS gives a load balancer, for one the scene reads off a CreateLoadBalancer call.
export { loadBalancerDnsName, nodeSecurityGroupId } from './reconcile/naming.ts';
// Every annotation the simulator reads, with its default and an example: the reference page's data.
export { ANNOTATION_TABLE } from './annotation-table.ts';
export { readNotice } from './notices.ts';
export type { NoticeCode } from './notices.ts';

export type { PlanOutcome } from './plan-from-manifests.ts';
export type { AnnotationLevel, AnnotationSpec } from './annotation-table.ts';
export type {
  ManifestError,
  ManifestInput,
  ParsedManifests,
} from './kubernetes/parse-manifests.ts';
export type { KubernetesObject } from './kubernetes/objects.ts';
export type { World } from './world/world.ts';
export type { ReconcileResult } from './reconcile/reconcile.ts';
export type { Hop, Trace, TraceRequest, TraceSummary } from './traffic/trace-types.ts';
export type { SimEvent, SimEventKind, Timeline, Narration } from './timeline/sim-events.ts';
export type { SimAction } from './timeline/actions.ts';
export type { SimulateOptions } from './timeline/simulate.ts';
export type {
  Plan,
  PlanAction,
  PlanPreAction,
  PlanCondition,
  PlanError,
  PlanHealthCheck,
  PlanListener,
  PlanLoadBalancer,
  PlanRule,
  PlanTarget,
  PlanTargetGroup,
  PlanTargetHealth,
} from './aws/plan.ts';
