import { diagramId } from './diagram-ids.ts';
import type { SceneInput } from './scene-input.ts';

/**
 * The network as AWS draws it, derived from what the simulator knows (reference §9.3, §14): the
 * VPC's CIDR, one Availability Zone per zone a node or the load balancers' subnets name, and in
 * each a public subnet (tagged `kubernetes.io/role/elb`, where internet-facing load balancers put
 * their nodes) and a private one (tagged `kubernetes.io/role/internal-elb`, where the nodes are).
 * Subnet ranges follow the addresses the simulator uses: a node's /24 for its private subnet, and
 * the VPC's x.x.101.0/24 upwards for the public ones (the load balancer's private IP lies there).
 */
export interface SceneZone {
  name: string;
  /** Column, left to right. */
  index: number;
  publicCidr: string;
  privateCidr: string;
  /** Whether the load balancers' subnets cover this zone. */
  loadBalanced: boolean;
}

export interface SceneNetwork {
  region: string;
  vpcCidr: string;
  zones: SceneZone[];
}

const DEFAULT_NETWORK = { region: 'us-west-2', vpcCidr: '10.0.0.0/16' };

const toInt = (ip: string): number | null => {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((sum, p) => sum * 256 + Number(p), 0);
};
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** The /24 that holds `ip` (`10.0.1.10` → `10.0.1.0/24`); null for what is not IPv4. */
export function slash24(ip: string | null): string | null {
  const n = ip === null ? null : toInt(ip);
  return n === null ? null : `${toIp(Math.floor(n / 256) * 256)}/24`;
}

function vpcBase(vpcCidr: string): number {
  const [ip = '', bits = '16'] = vpcCidr.split('/');
  const base = toInt(ip) ?? 10 * 2 ** 24;
  const size = 2 ** (32 - Math.min(32, Math.max(0, Number(bits) || 16)));
  return Math.floor(base / size) * size;
}

/** The zone a node runs in (`unknown` when its labels do not say). */
export const zoneOfNode = (input: SceneInput, node: string | null): string =>
  input.nodes.find((n) => n.name === node)?.zone ?? zoneFallback(input);

const zoneFallback = (input: SceneInput) => `${input.network?.region ?? DEFAULT_NETWORK.region}a`;

/**
 * The zones, ordered so that the zone with the controller's pod comes first (beside the EKS
 * control plane, which keeps its watch and AWS-call edges short), then by name.
 */
export function networkOf(input: SceneInput): SceneNetwork {
  const region = input.network?.region ?? DEFAULT_NETWORK.region;
  const vpcCidr = input.network?.vpcCidr ?? DEFAULT_NETWORK.vpcCidr;
  const lbZones = input.network?.loadBalancerZones ?? null;
  const names = new Set<string>();
  for (const node of input.nodes) names.add(node.zone ?? zoneFallback(input));
  for (const zone of lbZones ?? []) names.add(zone);
  if (names.size === 0) names.add(zoneFallback(input));
  const controllerNode = input.pods.find((p) => p.controller)?.node ?? null;
  const first = controllerNode === null ? null : zoneOfNode(input, controllerNode);
  const ordered = [...names].sort((a, b) =>
    a === first ? -1 : b === first ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const base = vpcBase(vpcCidr);
  // Public subnets are numbered by zone name, so a zone keeps its range whatever the order.
  const byName = [...names].sort();
  return {
    region,
    vpcCidr,
    zones: ordered.map((name, index) => {
      const nodeIp = input.nodes.find((n) => (n.zone ?? zoneFallback(input)) === name)?.ip ?? null;
      const publicN = base + (101 + byName.indexOf(name)) * 256;
      const privateCidr = slash24(nodeIp) ?? `${toIp(base + (1 + byName.indexOf(name)) * 256)}/24`;
      return {
        name,
        index,
        publicCidr: `${toIp(publicN)}/24`,
        privateCidr,
        loadBalanced: lbZones === null || lbZones.includes(name),
      };
    }),
  };
}

/** The subnet a node's card sits in. */
export const subnetOfNode = (input: SceneInput, node: string | null): string =>
  diagramId.subnet(zoneOfNode(input, node), 'private');
