import type { IngressObject } from '../../kubernetes/objects.ts';
import { isValidCidr } from '../../util/ip.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { AcmCertificate } from '../../world/settings.ts';
import { AnnotationReader } from '../annotations.ts';
import type { GroupMember } from './load-groups.ts';

export type AlbProtocol = 'HTTP' | 'HTTPS';

export interface ListenPortConfig {
  protocol: AlbProtocol;
  inboundCidrs: string[];
  sslPolicy: string | null;
  certificateArns: string[];
}

/** §3.2 `listen-ports`: default HTTP:80, or HTTPS:443 iff the Ingress has explicit certificates. */
function computeListenPorts(
  ing: IngressObject,
  preferTLS: boolean,
): Result<Map<number, AlbProtocol>> {
  const raw = new AnnotationReader(ing.meta.annotations).string('listen-ports');
  if (raw === null) return ok(new Map([[preferTLS ? 443 : 80, preferTLS ? 'HTTPS' : 'HTTP']]));
  let entries: unknown;
  try {
    entries = JSON.parse(raw);
  } catch (e) {
    return err(`failed to parse listen-ports configuration: \`${raw}\`: ${(e as Error).message}`);
  }
  if (!Array.isArray(entries)) {
    return err(
      `failed to parse listen-ports configuration: \`${raw}\`: json: cannot unmarshal ${typeof entries} into Go value of type []map[string]int32`,
    );
  }
  if (entries.length === 0) return err(`empty listen-ports configuration: \`${raw}\``);
  const ports = new Map<number, AlbProtocol>();
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      return err(
        `failed to parse listen-ports configuration: \`${raw}\`: json: cannot unmarshal ${Array.isArray(entry) ? 'array' : typeof entry} into Go value of type map[string]int32`,
      );
    }
    for (const [protocol, port] of Object.entries(entry as Record<string, unknown>)) {
      if (typeof port !== 'number' || !Number.isInteger(port)) {
        return err(
          `failed to parse listen-ports configuration: \`${raw}\`: json: cannot unmarshal ${typeof port} into Go value of type int32`,
        );
      }
      if (port < 1 || port > 65535) return err(`listen port must be within [1, 65535]: ${port}`);
      if (protocol !== 'HTTP' && protocol !== 'HTTPS')
        return err(`listen protocol must be within [HTTP, HTTPS]: ${protocol}`);
      ports.set(port, protocol);
    }
  }
  return ok(ports);
}

/** Wildcard-aware host match for ACM domain names (`*.example.com` covers one label). */
const domainCovers = (domain: string, host: string): boolean => {
  const d = domain.toLowerCase();
  const h = host.toLowerCase();
  if (d === h) return true;
  if (d.startsWith('*.')) {
    const rest = d.slice(1);
    return h.endsWith(rest) && !h.slice(0, h.length - rest.length).includes('.');
  }
  return false;
};

/** §3.2 GOTCHA: `spec.tls` and rule hosts only drive ACM discovery for an HTTPS port without ARNs. */
function discoverCertificates(
  ing: IngressObject,
  certificates: readonly AcmCertificate[],
): Result<string[]> {
  const hosts = new Set<string>();
  for (const rule of ing.rules) if (rule.host) hosts.add(rule.host);
  for (const tls of ing.tls) for (const host of tls.hosts) hosts.add(host);
  const arns: string[] = [];
  for (const host of [...hosts].sort()) {
    const matches = certificates.filter((c) => c.domains.some((d) => domainCovers(d, host)));
    if (matches.length === 0) return err(`no certificate found for host: ${host}`);
    for (const m of matches) if (!arns.includes(m.arn)) arns.push(m.arn);
  }
  return ok(arns);
}

/** One member's listen ports with their certificates, SSL policy and inbound CIDRs. */
export function computeMemberListenPorts(
  member: GroupMember,
  acmCertificates: readonly AcmCertificate[],
): Result<Map<number, ListenPortConfig>> {
  const annotations = new AnnotationReader(member.ing.meta.annotations);
  const params = member.classConfig.params?.spec;
  const explicitCerts = params?.certificateArn?.length
    ? [...params.certificateArn]
    : (annotations.stringList('certificate-arn') ?? []);
  const sslPolicy = params?.sslPolicy || annotations.string('ssl-policy');

  const fromParams = !!params?.inboundCIDRs?.length;
  const cidrs = fromParams
    ? [...params!.inboundCIDRs!]
    : (annotations.stringList('inbound-cidrs') ?? []);
  for (const cidr of cidrs) {
    if (!isValidCidr(cidr)) {
      return fromParams
        ? err(
            `invalid CIDR in IngressClassParams InboundCIDR ${cidr}: invalid CIDR address: ${cidr}`,
          )
        : err(
            `invalid inbound-cidrs settings on Ingress: ${member.key}: invalid CIDR address: ${cidr}`,
          );
    }
  }

  const ports = computeListenPorts(member.ing, explicitCerts.length > 0);
  if (!ports.ok) return ports;
  let certs = explicitCerts;
  if ([...ports.value.values()].includes('HTTPS') && certs.length === 0) {
    const discovered = discoverCertificates(member.ing, acmCertificates);
    if (!discovered.ok) return discovered;
    certs = discovered.value;
  }
  const out = new Map<number, ListenPortConfig>();
  for (const [port, protocol] of ports.value) {
    out.set(port, {
      protocol,
      inboundCidrs: cidrs,
      sslPolicy: protocol === 'HTTPS' ? sslPolicy : null,
      certificateArns: protocol === 'HTTPS' ? certs : [],
    });
  }
  return ok(out);
}

const goSet = (values: readonly string[]) => `[${[...new Set(values)].sort().join(' ')}]`;

/** §3.2 merge across the group's members on one port: protocol, CIDRs and policy must agree. */
export function mergeListenPortConfigs(
  configs: readonly { key: string; config: ListenPortConfig }[],
  defaultSSLPolicy: string,
): Result<ListenPortConfig> {
  let protocolFrom: { key: string; protocol: AlbProtocol } | null = null;
  let cidrsFrom: { key: string; v4: string[]; v6: string[] } | null = null;
  let policyFrom: { key: string; policy: string } | null = null;
  const certs: string[] = [];
  const defaultIndex = configs.findIndex((c) => c.config.certificateArns.length > 0);
  if (defaultIndex >= 0) certs.push(configs[defaultIndex]!.config.certificateArns[0]!);

  for (const [i, { key, config }] of configs.entries()) {
    if (!protocolFrom) protocolFrom = { key, protocol: config.protocol };
    else if (protocolFrom.protocol !== config.protocol) {
      return err(
        `conflicting protocol, ${protocolFrom.key}: ${protocolFrom.protocol} | ${key}: ${config.protocol}`,
      );
    }
    if (config.inboundCidrs.length > 0) {
      const v4 = config.inboundCidrs.filter((c) => !c.includes(':'));
      const v6 = config.inboundCidrs.filter((c) => c.includes(':'));
      if (!cidrsFrom) cidrsFrom = { key, v4, v6 };
      else if (goSet(cidrsFrom.v4) !== goSet(v4) || goSet(cidrsFrom.v6) !== goSet(v6)) {
        return err(
          `conflicting inbound-cidrs, ${cidrsFrom.key}: ${goSet(cidrsFrom.v4)}, ${goSet(cidrsFrom.v6)} | ${key}: ${goSet(v4)}, ${goSet(v6)}`,
        );
      }
    }
    if (config.sslPolicy !== null) {
      if (!policyFrom) policyFrom = { key, policy: config.sslPolicy };
      else if (policyFrom.policy !== config.sslPolicy) {
        return err(
          `conflicting sslPolicy, ${policyFrom.key}: ${policyFrom.policy} | ${key}: ${config.sslPolicy}`,
        );
      }
    }
    config.certificateArns.forEach((arn, j) => {
      if (i === defaultIndex && j === 0) return;
      if (!certs.slice(1).includes(arn)) certs.push(arn);
    });
  }
  const protocol = protocolFrom?.protocol ?? 'HTTP';
  const inboundCidrs = cidrsFrom
    ? [...new Set([...cidrsFrom.v4, ...cidrsFrom.v6])].sort()
    : ['0.0.0.0/0', '::/0'];
  return ok({
    protocol,
    inboundCidrs,
    sslPolicy: protocol === 'HTTPS' ? (policyFrom?.policy ?? defaultSSLPolicy) : null,
    certificateArns: certs,
  });
}
