import type { PlanLoadBalancer } from '../aws/plan.ts';
import { intToIp, parseCidr } from '../util/ip.ts';
import { sha256Hex } from '../util/sha256.ts';
import type { SeededRandom } from '../util/seeded-random.ts';

/**
 * Stable, illustrative addresses for the parts AWS owns: a load balancer node has a private IP in
 * the VPC (its ENI in the load balancer's subnet) and, when internet-facing, a public one.
 */
export function loadBalancerAddresses(
  lb: Pick<PlanLoadBalancer, 'name' | 'scheme'>,
  vpcCidr: string,
) {
  const vpc = parseCidr(vpcCidr) ?? { base: 10 * 2 ** 24, bits: 16 };
  const size = 2 ** (32 - vpc.bits);
  const network = Math.floor(vpc.base / size) * size;
  const host = 5 + (parseInt(sha256Hex(`node:${lb.name}`).slice(0, 4), 16) % 40);
  const privateIp = intToIp(network + 101 * 256 + host);
  const publicIp = `198.51.100.${host}`;
  return {
    privateIp,
    frontIp: lb.scheme === 'internet-facing' ? publicIp : privateIp,
    resolverIp: intToIp(network + 2),
  };
}

/** A Linux ephemeral source port (32768–60999). */
export const ephemeralPort = (rng: SeededRandom): number => 32768 + rng.int(28232);
