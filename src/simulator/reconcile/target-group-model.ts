import type { PlanHealthCheck, PlanTargetGroup, TargetType } from '../aws/plan.ts';
import type { ServiceObject, ServicePort } from '../kubernetes/objects.ts';

/** A target group as built, with what the TargetGroupBinding needs to resolve its targets. */
export interface TargetGroupModel {
  spec: Omit<PlanTargetGroup, 'targets'>;
  service: ServiceObject;
  servicePort: ServicePort;
  targetType: TargetType;
  healthCheck: PlanHealthCheck;
  /** `target-node-labels` (instance mode only). */
  nodeSelector: Readonly<Record<string, string>> | null;
  /** The load balancer stack this target group belongs to. */
  stack: string;
  /** User tags sent with CreateTargetGroup (§14b: Ingress ∪ Service `tags`, Service wins per key). */
  tags?: Readonly<Record<string, string>>;
  /** The zones of the load balancer's subnets, when modelled: targets elsewhere are `unused`. */
  zones?: readonly string[];
}

/** Finds a Service port by name or number, with the controller's error text (§4.3). */
export function lookupServicePort(svc: ServiceObject, port: number | string): ServicePort | string {
  const found =
    typeof port === 'number'
      ? svc.ports.find((p) => p.port === port)
      : svc.ports.find((p) => p.name === port);
  return found ?? `unable to find port ${port} on service ${svc.meta.namespace}/${svc.meta.name}`;
}
