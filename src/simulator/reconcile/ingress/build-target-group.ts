import type { PlanHealthCheck, TargetType } from '../../aws/plan.ts';
import type { ServiceObject, ServicePort } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { Settings } from '../../world/settings.ts';
import { AnnotationReader, mergeServiceFirst } from '../annotations.ts';
import { nameHash, namespacedResourceName } from '../naming.ts';
import { resolveHealthCheckPort } from '../health-check-port.ts';
import { lookupServicePort, type TargetGroupModel } from '../target-group-model.ts';
import type { GroupMember, IngressGroup } from './load-groups.ts';

function buildTargetType(
  reader: AnnotationReader,
  member: GroupMember,
  settings: Settings,
): Result<TargetType> {
  let raw = reader.string('target-type') ?? settings.flags.defaultTargetType;
  const fromParams = member.classConfig.params?.spec.targetType;
  if (fromParams) raw = fromParams;
  return raw === 'instance' || raw === 'ip' ? ok(raw) : err(`unknown targetType: ${raw}`);
}

function buildHealthCheck(
  reader: AnnotationReader,
  svc: ServiceObject,
  targetType: TargetType,
  protocol: string,
  protocolVersion: string,
): Result<PlanHealthCheck> {
  const port = resolveHealthCheckPort(reader.string('healthcheck-port'), svc, targetType);
  if (!port.ok) return port;
  const hcProtocol = reader.string('healthcheck-protocol') ?? protocol;
  if (hcProtocol !== 'HTTP' && hcProtocol !== 'HTTPS')
    return err('healthCheckProtocol must be within [HTTP, HTTPS]');
  const grpc = protocolVersion === 'GRPC';
  const numbers: Record<string, number> = {};
  const defaults = [
    ['healthcheck-interval-seconds', 15],
    ['healthcheck-timeout-seconds', 5],
    ['healthy-threshold-count', 2],
    ['unhealthy-threshold-count', 2],
  ] as const;
  for (const [suffix, fallback] of defaults) {
    const value = reader.int(suffix);
    if (!value.ok) return value;
    numbers[suffix] = value.value ?? fallback;
  }
  return ok({
    protocol: hcProtocol,
    port: port.value,
    path: reader.string('healthcheck-path') ?? (grpc ? '/AWS.ALB/healthcheck' : '/'),
    matcher: reader.string('success-codes') ?? (grpc ? '12' : '200'),
    intervalSeconds: numbers['healthcheck-interval-seconds']!,
    timeoutSeconds: numbers['healthcheck-timeout-seconds']!,
    healthyThreshold: numbers['healthy-threshold-count']!,
    unhealthyThreshold: numbers['unhealthy-threshold-count']!,
  });
}

/**
 * §14b `buildTargetGroupTags`: the `tags` of the Ingress and of the Service merge key by key (the
 * Service's value wins), and IngressClassParams tags beat both.
 */
function targetGroupTags(member: GroupMember, svc: ServiceObject): Result<Record<string, string>> {
  const fromService = new AnnotationReader(svc.meta.annotations).stringMap('tags');
  if (!fromService.ok) return fromService;
  const fromIngress = new AnnotationReader(member.ing.meta.annotations).stringMap('tags');
  if (!fromIngress.ok) return fromIngress;
  return ok({
    ...fromIngress.value,
    ...fromService.value,
    ...member.classConfig.params?.spec.tags,
  });
}

/** §5.2: NodePort in instance mode; numeric targetPort (or 1 for a named one) in ip mode. */
const targetGroupPort = (targetType: TargetType, svcPort: ServicePort): number =>
  targetType === 'instance'
    ? (svcPort.nodePort ?? 0)
    : typeof svcPort.targetPort === 'number'
      ? svcPort.targetPort
      : 1;

/**
 * §3.3, §5: one target group per (Ingress, Service, port as written), with Service annotations
 * taking precedence, and the controller's name hash.
 */
export function buildIngressTargetGroup(
  group: IngressGroup,
  member: GroupMember,
  svc: ServiceObject,
  port: number | string,
  lbIpAddressType: string,
  stack: string,
  settings: Settings,
): Result<TargetGroupModel> {
  const svcPort = lookupServicePort(svc, port);
  if (typeof svcPort === 'string') return err(svcPort);
  const annotations = mergeServiceFirst(svc.meta.annotations, member.ing.meta.annotations);
  const reader = new AnnotationReader(annotations);

  const targetType = buildTargetType(reader, member, settings);
  if (!targetType.ok) return targetType;
  const protocol = reader.string('backend-protocol') ?? 'HTTP';
  if (protocol !== 'HTTP' && protocol !== 'HTTPS')
    return err(`backend protocol must be within [HTTP, HTTPS]: ${protocol}`);
  const protocolVersion = reader.string('backend-protocol-version') ?? 'HTTP1';
  if (!['HTTP1', 'HTTP2', 'GRPC'].includes(protocolVersion)) {
    return err(`backend protocol version must be within [HTTP1, HTTP2, GRPC]: ${protocolVersion}`);
  }
  const healthCheck = buildHealthCheck(reader, svc, targetType.value, protocol, protocolVersion);
  if (!healthCheck.ok) return healthCheck;
  const attributes = reader.stringMap('target-group-attributes');
  if (!attributes.ok) return attributes;
  const tags = targetGroupTags(member, svc);
  if (!tags.ok) return tags;
  const ipv6 = svc.ipFamilies.includes('IPv6');
  if (ipv6 && !lbIpAddressType.startsWith('dualstack'))
    return err('unsupported IPv6 configuration, lb not dual-stack');

  const tgPort = targetGroupPort(targetType.value, svcPort);
  const hash = nameHash(
    settings.clusterName,
    group.id,
    member.ing.meta.namespace,
    member.ing.meta.name,
    svc.meta.uid,
    String(port),
    String(tgPort),
    targetType.value,
    protocol,
    protocolVersion,
  );
  if (tgPort === 0) {
    return err(
      targetType.value === 'ip'
        ? 'TargetGroup port is empty. Are you using the correct service type?'
        : "TargetGroup port is empty. When using Instance targets, your service be must of type 'NodePort' or 'LoadBalancer'",
    );
  }
  let nodeSelector: Record<string, string> | null = null;
  if (targetType.value === 'instance') {
    const labels = reader.stringMap('target-node-labels');
    if (!labels.ok) return labels;
    nodeSelector = labels.value && Object.keys(labels.value).length > 0 ? labels.value : null;
  }

  const svcKey = `${svc.meta.namespace}/${svc.meta.name}`;
  return ok({
    spec: {
      id: `${member.ing.meta.namespace}/${member.ing.meta.name}-${svc.meta.name}:${port}`,
      name: namespacedResourceName(svc.meta.namespace, svc.meta.name, hash),
      service: svcKey,
      servicePort: String(port),
      ingress: member.key,
      targetType: targetType.value,
      protocol,
      protocolVersion,
      port: tgPort,
      ipAddressType: ipv6 ? 'ipv6' : 'ipv4',
      healthCheck: healthCheck.value,
      attributes: attributes.value ?? {},
    },
    service: svc,
    servicePort: svcPort,
    targetType: targetType.value,
    healthCheck: healthCheck.value,
    nodeSelector,
    stack,
    tags: tags.value,
  });
}
