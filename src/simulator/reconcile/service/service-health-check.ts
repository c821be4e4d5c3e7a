import type { PlanHealthCheck, TargetType } from '../../aws/plan.ts';
import type { ServiceObject } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { AnnotationReader, SERVICE_PREFIX } from '../annotations.ts';
import { resolveHealthCheckPort } from '../health-check-port.ts';

/** §5.3 NLB health checks: TCP 10/10/3/3, or kube-proxy's /healthz for instance + Local. */
export function buildServiceHealthCheck(
  reader: AnnotationReader<typeof SERVICE_PREFIX>,
  svc: ServiceObject,
  targetType: TargetType,
): Result<PlanHealthCheck> {
  const local =
    targetType === 'instance' &&
    svc.externalTrafficPolicy === 'Local' &&
    svc.type === 'LoadBalancer';
  const base: PlanHealthCheck = local
    ? {
        protocol: 'HTTP',
        port: svc.healthCheckNodePort ?? 0,
        path: '/healthz',
        matcher: '200-399',
        intervalSeconds: 10,
        timeoutSeconds: 6,
        healthyThreshold: 2,
        unhealthyThreshold: 2,
      }
    : {
        protocol: 'TCP',
        port: 'traffic-port',
        path: null,
        matcher: null,
        intervalSeconds: 10,
        timeoutSeconds: 10,
        healthyThreshold: 3,
        unhealthyThreshold: 3,
      };

  const rawProtocol = reader.string('aws-load-balancer-healthcheck-protocol');
  const protocol = rawProtocol === null ? base.protocol : rawProtocol.toUpperCase();
  if (!['TCP', 'HTTP', 'HTTPS'].includes(protocol))
    return err(`unsupported health check protocol ${rawProtocol}`);
  const rawPort = reader.string('aws-load-balancer-healthcheck-port');
  const port = rawPort === null ? ok(base.port) : resolveHealthCheckPort(rawPort, svc, targetType);
  if (!port.ok) return port;
  const numbers: number[] = [];
  const fields = [
    ['aws-load-balancer-healthcheck-interval', base.intervalSeconds],
    ['aws-load-balancer-healthcheck-timeout', base.timeoutSeconds],
    ['aws-load-balancer-healthcheck-healthy-threshold', base.healthyThreshold],
    ['aws-load-balancer-healthcheck-unhealthy-threshold', base.unhealthyThreshold],
  ] as const;
  for (const [suffix, fallback] of fields) {
    const value = reader.int(suffix);
    if (!value.ok) return value;
    numbers.push(value.value ?? fallback);
  }
  const tcp = protocol === 'TCP';
  return ok({
    protocol,
    port: port.value,
    path: tcp ? null : (reader.string('aws-load-balancer-healthcheck-path') ?? base.path ?? '/'),
    matcher: tcp
      ? null
      : (reader.string('aws-load-balancer-healthcheck-success-codes') ?? base.matcher ?? '200-399'),
    intervalSeconds: numbers[0]!,
    timeoutSeconds: numbers[1]!,
    healthyThreshold: numbers[2]!,
    unhealthyThreshold: numbers[3]!,
  });
}
