import type { ListenerProtocol, PlanListener, Scheme, TargetType } from '../../aws/plan.ts';
import type { ServiceObject, ServicePort } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { World } from '../../world/world.ts';
import { AnnotationReader, SERVICE_PREFIX } from '../annotations.ts';
import type { AnnotationSuffix } from '../../annotation-table.ts';
import { loadBalancerDnsName, nameHash, namespacedResourceName } from '../naming.ts';
import type { StackModel } from '../stack-model.ts';
import { discoverSubnets, resolveNamedSubnets, zonesOf } from '../subnets.ts';
import type { TargetGroupModel } from '../target-group-model.ts';
import { buildServiceHealthCheck } from './service-health-check.ts';

type ServiceReader = AnnotationReader<typeof SERVICE_PREFIX>;

function buildScheme(reader: ServiceReader, world: World): Result<Scheme> {
  const scheme = reader.string('aws-load-balancer-scheme');
  if (scheme !== null) {
    return scheme === 'internal' || scheme === 'internet-facing'
      ? ok(scheme)
      : err(`unknown scheme: ${scheme}`);
  }
  const internal = reader.bool('aws-load-balancer-internal');
  if (!internal.ok) return internal;
  if (internal.value !== null) return ok(internal.value ? 'internal' : 'internet-facing');
  return ok(world.settings.flags.defaultScheme);
}

function buildTargetType(
  reader: ServiceReader,
  svc: ServiceObject,
  port: ServicePort,
): Result<TargetType> {
  const lbType = reader.string('aws-load-balancer-type');
  const raw = reader.string('aws-load-balancer-nlb-target-type') ?? 'instance';
  if (lbType === 'nlb-ip' || raw === 'ip') return ok('ip');
  if (svc.type === 'ClusterIP')
    return err(`unsupported service type "ClusterIP" for load balancer target type "instance"`);
  if (port.nodePort === null || port.nodePort === 0)
    return err('unable to support instance target type with an unallocated NodePort');
  return ok('instance');
}

const GO_BOOLS = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];
const PRESERVE_CLIENT_IP = 'preserve_client_ip.enabled';
const PROXY_PROTOCOL = 'proxy_protocol_v2.enabled';

/** One target-group-attributes annotation, with `preserve_client_ip.enabled` parsed as a bool. */
function readAttributes(
  reader: ServiceReader,
  suffix: AnnotationSuffix<typeof SERVICE_PREFIX>,
): Result<Record<string, string> | null> {
  const attributes = reader.stringMap(suffix);
  if (!attributes.ok) return attributes;
  const preserve = attributes.value?.[PRESERVE_CLIENT_IP];
  if (preserve !== undefined && !GO_BOOLS.includes(preserve))
    return err(
      `failed to parse attribute ${PRESERVE_CLIENT_IP}=${preserve}: strconv.ParseBool: parsing ${JSON.stringify(preserve)}: invalid syntax`,
    );
  return attributes;
}

/**
 * §7 and §14b (`buildTargetGroupAttributes`): proxy protocol off by default, the Service's
 * attributes, then the port's own `…-target-group-attributes.<port>` (non-empty values win), then
 * `proxy-protocol-per-target-group`, and last `proxy-protocol: '*'`, which beats them all.
 */
function buildAttributes(
  reader: ServiceReader,
  port: ServicePort,
): Result<Record<string, string>> {
  const attributes: Record<string, string> = { [PROXY_PROTOCOL]: 'false' };
  const base = readAttributes(reader, 'aws-load-balancer-target-group-attributes');
  if (!base.ok) return base;
  Object.assign(attributes, base.value ?? {});
  const perPort = readAttributes(reader, `aws-load-balancer-target-group-attributes.${port.port}`);
  if (!perPort.ok) return perPort;
  for (const [key, value] of Object.entries(perPort.value ?? {}))
    if (value !== '') attributes[key] = value;
  const perTargetGroup = reader.stringList('aws-load-balancer-proxy-protocol-per-target-group');
  if (perTargetGroup !== null) {
    const bad = perTargetGroup.find((p) => !/^[+-]?\d+$/.test(p));
    if (bad !== undefined)
      return err(`invalid port number in proxy-protocol-per-target-group: ${bad}`);
    attributes[PROXY_PROTOCOL] = String(perTargetGroup.some((p) => Number(p) === port.port));
  }
  const proxy = reader.string('aws-load-balancer-proxy-protocol');
  if (proxy !== null) {
    if (proxy !== '*')
      return err(
        `invalid value ${proxy} for Load Balancer proxy protocol v2 annotation, only value currently supported is *`,
      );
    attributes[PROXY_PROTOCOL] = 'true';
  }
  if (attributes[PROXY_PROTOCOL] === '') delete attributes[PROXY_PROTOCOL];
  return ok(
    Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );
}

/** §2.5 and §7: one NLB per Service, one listener and target group per Service port. */
export function buildServiceStack(world: World, svc: ServiceObject): Result<StackModel> {
  const settings = world.settings;
  const reader = new AnnotationReader(svc.meta.annotations, SERVICE_PREFIX);
  const key = `${svc.meta.namespace}/${svc.meta.name}`;

  const scheme = buildScheme(reader, world);
  if (!scheme.ok) return scheme;
  // §3.1/§11 item 7, only when the input models the VPC's subnets; NLB errors are not wrapped.
  const explicitSubnets = reader.stringList('aws-load-balancer-subnets');
  const subnets =
    settings.subnets === null
      ? ok(null)
      : explicitSubnets !== null
        ? resolveNamedSubnets(settings, explicitSubnets, 'network')
        : discoverSubnets(settings, scheme.value, 'network');
  if (!subnets.ok) return subnets;
  const zones = subnets.value ? zonesOf(subnets.value) : null;
  const ipAddressType = reader.string('aws-load-balancer-ip-address-type') ?? 'ipv4';
  if (ipAddressType !== 'ipv4' && ipAddressType !== 'dualstack')
    return err(`unknown IPAddressType: ${ipAddressType}`);
  const lbAttributes = reader.stringMap('aws-load-balancer-attributes');
  if (!lbAttributes.ok) return lbAttributes;
  const explicitName = reader.string('aws-load-balancer-name');
  if (explicitName !== null && explicitName.length > 32)
    return err('load balancer name cannot be longer than 32 characters');
  const name =
    explicitName ??
    namespacedResourceName(
      svc.meta.namespace,
      svc.meta.name,
      nameHash(settings.clusterName, svc.meta.uid, scheme.value),
    );

  const certs = reader.stringList('aws-load-balancer-ssl-cert') ?? [];
  const sslPorts = reader.stringList('aws-load-balancer-ssl-ports') ?? [];
  const unused = sslPorts.filter(
    (p) => !svc.ports.some((sp) => sp.name === p || String(sp.port) === p),
  );
  if (unused.length > 0) return err(`Unused port in ssl-ports annotation [${unused.join(' ')}]`);
  const sslPolicy =
    reader.string('aws-load-balancer-ssl-negotiation-policy') ?? settings.flags.defaultSSLPolicy;
  const backendSsl = reader.string('aws-load-balancer-backend-protocol') === 'ssl';
  const labels = reader.stringMap('aws-load-balancer-target-node-labels');
  if (!labels.ok) return labels;

  const listeners: PlanListener[] = [];
  const targetGroups: TargetGroupModel[] = [];
  const seenPorts = new Set<number>();
  for (const port of svc.ports) {
    if (seenPorts.has(port.port)) continue; // without TCP_UDP merging, a repeated port number collapses
    seenPorts.add(port.port);
    const targetType = buildTargetType(reader, svc, port);
    if (!targetType.ok) return targetType;
    const portProtocol = port.protocol.toUpperCase();
    const tls =
      portProtocol !== 'UDP' &&
      certs.length > 0 &&
      (sslPorts.length === 0 ||
        sslPorts.includes(port.name ?? '') ||
        sslPorts.includes(String(port.port)));
    const listenerProtocol = (tls ? 'TLS' : portProtocol) as ListenerProtocol;
    const tgProtocol = tls ? (backendSsl ? 'TLS' : 'TCP') : portProtocol;
    const tgPort =
      targetType.value === 'instance'
        ? (port.nodePort ?? 0)
        : typeof port.targetPort === 'number'
          ? port.targetPort
          : 1;
    const healthCheck = buildServiceHealthCheck(reader, svc, targetType.value);
    if (!healthCheck.ok) return healthCheck;
    const attributes = buildAttributes(reader, port);
    if (!attributes.ok) return attributes;
    if (svc.ipFamilies.includes('IPv6') && ipAddressType !== 'dualstack')
      return err('unsupported IPv6 configuration, lb not dual-stack');
    if (tgPort === 0) {
      return err(
        targetType.value === 'ip'
          ? 'TargetGroup port is empty. Are you using the correct service type?'
          : "TargetGroup port is empty. When using Instance targets, your service be must of type 'NodePort' or 'LoadBalancer'",
      );
    }
    const hash = nameHash(
      settings.clusterName,
      svc.meta.uid,
      String(tgPort),
      String(port.port),
      targetType.value,
      tgProtocol,
      healthCheck.value.protocol,
      String(healthCheck.value.intervalSeconds),
    );
    const id = `${key}:${port.port}`;
    targetGroups.push({
      spec: {
        id,
        name: namespacedResourceName(svc.meta.namespace, svc.meta.name, hash),
        service: key,
        servicePort: String(port.port),
        ingress: null,
        targetType: targetType.value,
        protocol: tgProtocol,
        protocolVersion: null,
        port: tgPort,
        ipAddressType: svc.ipFamilies.includes('IPv6') ? 'ipv6' : 'ipv4',
        healthCheck: healthCheck.value,
        attributes: attributes.value,
      },
      service: svc,
      servicePort: port,
      targetType: targetType.value,
      healthCheck: healthCheck.value,
      nodeSelector:
        targetType.value === 'instance' && labels.value && Object.keys(labels.value).length > 0
          ? labels.value
          : null,
      stack: key,
      ...(zones ? { zones } : {}),
    });
    listeners.push({
      port: port.port,
      protocol: listenerProtocol,
      certificateArns: tls ? certs : [],
      sslPolicy: tls ? sslPolicy : null,
      defaultAction: { type: 'forward', targetGroup: id },
      rules: [],
    });
  }

  return ok({
    stack: key,
    members: [`Service ${key}`],
    loadBalancer: {
      stack: key,
      name,
      type: 'network',
      scheme: scheme.value,
      ipAddressType,
      sources: [`Service ${key}`],
      group: null,
      dnsName: loadBalancerDnsName(name, scheme.value, settings.region, 'network'),
      attributes: lbAttributes.value ?? {},
    },
    listeners: listeners.sort((a, b) => a.port - b.port),
    targetGroups,
  });
}
