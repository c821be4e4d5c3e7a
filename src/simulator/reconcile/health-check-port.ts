import type { TargetType } from '../aws/plan.ts';
import type { ServiceObject } from '../kubernetes/objects.ts';
import { err, ok, type Result } from '../util/result.ts';
import { lookupServicePort } from './target-group-model.ts';

/**
 * A health-check port annotation (§3.3): `traffic-port`, a number, or a Service port name — its
 * NodePort in instance mode, its numeric targetPort in ip mode (`buildTargetGroupHealthCheckPort`,
 * the same rule for Ingress and Service target groups).
 */
export function resolveHealthCheckPort(
  raw: string | null,
  svc: ServiceObject,
  targetType: TargetType,
): Result<'traffic-port' | number> {
  if (raw === null || raw === 'traffic-port') return ok('traffic-port');
  if (/^[+-]?\d+$/.test(raw)) return ok(Number(raw));
  const port = lookupServicePort(svc, raw);
  if (typeof port === 'string') return err(`failed to resolve healthCheckPort: ${port}`);
  if (targetType === 'instance') return ok(port.nodePort ?? 0);
  if (typeof port.targetPort === 'number') return ok(port.targetPort);
  return err(
    "cannot use named healthCheckPort for IP TargetType when service's targetPort is a named port",
  );
}
