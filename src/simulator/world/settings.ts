import { asArray, asNumber, asRecord, asString } from '../kubernetes/fields.ts';
import { noticeText } from '../notices.ts';

/** Controller flags the simulator honours (helm values / command-line flags of the real controller). */
export interface ControllerFlags {
  ingressClass: string;
  defaultTargetType: 'instance' | 'ip';
  defaultScheme: 'internal' | 'internet-facing';
  defaultSSLPolicy: string;
  tolerateNonExistentBackendService: boolean;
  tolerateNonExistentBackendAction: boolean;
  serviceMutatorWebhook: boolean;
  loadBalancerClass: string;
}

export interface Quotas {
  targetsPerAlb: number;
  targetsPerTargetGroup: number;
  rulesPerAlb: number;
  listenersPerAlb: number;
  targetGroupsPerAlb: number;
  certificatesPerAlb: number;
}

/**
 * §8: `trust` = the role's trust policy rejects the token (403 AccessDenied), `oidc` = no IAM OIDC
 * provider for the cluster's issuer (400 InvalidIdentityToken), `permission` = the role lacks an action.
 */
export type IrsaFailure = 'none' | 'trust' | 'permission' | 'oidc';

export interface IrsaSettings {
  configured: boolean;
  failure: IrsaFailure;
}

/** An ACM certificate that certificate discovery can find for a host. */
export interface AcmCertificate {
  arn: string;
  domains: readonly string[];
}

/** A VPC subnet the controller can discover (CONTRACT `SimulatorSettings.spec.subnets`). */
export interface Subnet {
  id: string;
  zone: string;
  cidr: string;
  /** Has a route to an internet gateway (what discovery by reachability looks at). */
  public: boolean;
  tags: Readonly<Record<string, string>>;
  availableIpAddressCount: number;
}

export interface Settings {
  clusterName: string;
  region: string;
  accountId: string;
  clientIp: string;
  vpcCidr: string;
  flags: ControllerFlags;
  quotas: Quotas;
  irsa: IrsaSettings;
  acmCertificates: readonly AcmCertificate[];
  /** Availability Zones the load balancers' subnets cover; null = every zone (targets elsewhere are `unused`). */
  loadBalancerZones: readonly string[] | null;
  /** The VPC's subnets; null = not modelled (every load balancer finds its subnets). */
  subnets: readonly Subnet[] | null;
}

export const DEFAULT_SETTINGS: Settings = {
  clusterName: 'my-cluster',
  region: 'us-west-2',
  accountId: '123456789012',
  clientIp: '203.0.113.10',
  vpcCidr: '10.0.0.0/16',
  flags: {
    ingressClass: 'alb',
    defaultTargetType: 'instance',
    defaultScheme: 'internal',
    defaultSSLPolicy: 'ELBSecurityPolicy-2016-08',
    tolerateNonExistentBackendService: true,
    tolerateNonExistentBackendAction: true,
    serviceMutatorWebhook: true,
    loadBalancerClass: 'service.k8s.aws/nlb',
  },
  quotas: {
    targetsPerAlb: 1000,
    targetsPerTargetGroup: 1000,
    rulesPerAlb: 100,
    listenersPerAlb: 50,
    targetGroupsPerAlb: 100,
    certificatesPerAlb: 25,
  },
  irsa: { configured: true, failure: 'none' },
  acmCertificates: [],
  loadBalancerZones: null,
  subnets: null,
};

type Notes = string[];

function pickString<T extends string>(
  raw: unknown,
  fallback: T,
  allowed: readonly T[] | null,
  path: string,
  notes: Notes,
): T {
  if (raw === undefined || raw === null) return fallback;
  const value = asString(raw);
  if (value === null || (allowed && !allowed.includes(value as T))) {
    notes.push(
      noticeText('settings-invalid', {
        path,
        value: JSON.stringify(raw),
        fallback: JSON.stringify(fallback),
      }),
    );
    return fallback;
  }
  return value as T;
}

function pickBool(raw: unknown, fallback: boolean, path: string, notes: Notes): boolean {
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  notes.push(
    noticeText('settings-not-boolean', {
      path,
      value: JSON.stringify(raw),
      fallback: String(fallback),
    }),
  );
  return fallback;
}

function pickCount(raw: unknown, fallback: number, path: string, notes: Notes): number {
  if (raw === undefined || raw === null) return fallback;
  const value = asNumber(raw);
  if (value === null || value < 0) {
    notes.push(noticeText('settings-not-count', { path, value: JSON.stringify(raw), fallback }));
    return fallback;
  }
  return value;
}

/** Reads `kind: SimulatorSettings` `spec`; any bad field falls back to its default with a note. */
export function readSettings(
  spec: Readonly<Record<string, unknown>> | null,
  notes: Notes,
): Settings {
  if (!spec) return DEFAULT_SETTINGS;
  const d = DEFAULT_SETTINGS;
  const flags = asRecord(spec.flags);
  const quotas = asRecord(spec.quotas);
  const irsa = asRecord(spec.irsa);
  return {
    clusterName: pickString(spec.clusterName, d.clusterName, null, 'clusterName', notes),
    region: pickString(spec.region, d.region, null, 'region', notes),
    accountId: pickString(spec.accountId, d.accountId, null, 'accountId', notes),
    clientIp: pickString(spec.clientIp, d.clientIp, null, 'clientIp', notes),
    vpcCidr: pickString(spec.vpcCidr, d.vpcCidr, null, 'vpcCidr', notes),
    flags: {
      ingressClass: pickString(
        flags.ingressClass,
        d.flags.ingressClass,
        null,
        'flags.ingressClass',
        notes,
      ),
      defaultTargetType: pickString(
        flags.defaultTargetType,
        d.flags.defaultTargetType,
        ['instance', 'ip'],
        'flags.defaultTargetType',
        notes,
      ),
      defaultScheme: pickString(
        flags.defaultScheme,
        d.flags.defaultScheme,
        ['internal', 'internet-facing'],
        'flags.defaultScheme',
        notes,
      ),
      defaultSSLPolicy: pickString(
        flags.defaultSSLPolicy,
        d.flags.defaultSSLPolicy,
        null,
        'flags.defaultSSLPolicy',
        notes,
      ),
      tolerateNonExistentBackendService: pickBool(
        flags.tolerateNonExistentBackendService,
        d.flags.tolerateNonExistentBackendService,
        'flags.tolerateNonExistentBackendService',
        notes,
      ),
      tolerateNonExistentBackendAction: pickBool(
        flags.tolerateNonExistentBackendAction,
        d.flags.tolerateNonExistentBackendAction,
        'flags.tolerateNonExistentBackendAction',
        notes,
      ),
      serviceMutatorWebhook: pickBool(
        flags.serviceMutatorWebhook,
        d.flags.serviceMutatorWebhook,
        'flags.serviceMutatorWebhook',
        notes,
      ),
      loadBalancerClass: pickString(
        flags.loadBalancerClass,
        d.flags.loadBalancerClass,
        null,
        'flags.loadBalancerClass',
        notes,
      ),
    },
    quotas: {
      targetsPerAlb: pickCount(
        quotas.targetsPerAlb,
        d.quotas.targetsPerAlb,
        'quotas.targetsPerAlb',
        notes,
      ),
      targetsPerTargetGroup: pickCount(
        quotas.targetsPerTargetGroup,
        d.quotas.targetsPerTargetGroup,
        'quotas.targetsPerTargetGroup',
        notes,
      ),
      rulesPerAlb: pickCount(quotas.rulesPerAlb, d.quotas.rulesPerAlb, 'quotas.rulesPerAlb', notes),
      listenersPerAlb: pickCount(
        quotas.listenersPerAlb,
        d.quotas.listenersPerAlb,
        'quotas.listenersPerAlb',
        notes,
      ),
      targetGroupsPerAlb: pickCount(
        quotas.targetGroupsPerAlb,
        d.quotas.targetGroupsPerAlb,
        'quotas.targetGroupsPerAlb',
        notes,
      ),
      certificatesPerAlb: pickCount(
        quotas.certificatesPerAlb,
        d.quotas.certificatesPerAlb,
        'quotas.certificatesPerAlb',
        notes,
      ),
    },
    irsa: {
      configured: pickBool(irsa.configured, d.irsa.configured, 'irsa.configured', notes),
      failure: pickString(
        irsa.failure,
        d.irsa.failure,
        ['none', 'trust', 'permission', 'oidc'],
        'irsa.failure',
        notes,
      ),
    },
    acmCertificates: asArray(spec.acmCertificates).flatMap((raw) => {
      const cert = asRecord(raw);
      const arn = asString(cert.arn);
      if (!arn) return [];
      return [
        {
          arn,
          domains: asArray(cert.domains)
            .map(asString)
            .filter((x): x is string => !!x),
        },
      ];
    }),
    loadBalancerZones: Array.isArray(spec.loadBalancerZones)
      ? spec.loadBalancerZones.map(asString).filter((z): z is string => !!z)
      : null,
    subnets: Array.isArray(spec.subnets) ? readSubnets(spec.subnets, notes) : null,
  };
}

/** Tags as a map, or as EC2 lists them: `[{Key, Value}]` (either case). */
function readTags(raw: unknown): Record<string, string> {
  if (Array.isArray(raw))
    return Object.fromEntries(
      raw.flatMap((t) => {
        const r = asRecord(t);
        const key = asString(r.Key ?? r.key);
        return key ? [[key, asString(r.Value ?? r.value) ?? '']] : [];
      }),
    );
  return Object.fromEntries(
    Object.entries(asRecord(raw)).map(([k, v]) => [k, v === null ? '' : String(v)]),
  );
}

function readSubnets(raw: readonly unknown[], notes: Notes): Subnet[] {
  return raw.flatMap((entry, i) => {
    const s = asRecord(entry);
    const id = asString(s.id);
    const zone = asString(s.zone);
    if (!id || !zone) {
      notes.push(noticeText('settings-subnet', { index: i }));
      return [];
    }
    return [
      {
        id,
        zone,
        cidr: asString(s.cidr) ?? '',
        public: pickBool(s.public, false, `subnets[${i}].public`, notes),
        tags: readTags(s.tags),
        availableIpAddressCount: pickCount(
          s.availableIpAddressCount,
          250,
          `subnets[${i}].availableIpAddressCount`,
          notes,
        ),
      },
    ];
  });
}
