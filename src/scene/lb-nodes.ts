import { diagramId } from './diagram-ids.ts';
import type { SceneNetwork, SceneZone } from './network.ts';
import type { SceneInput } from './scene-input.ts';
import { text } from './scene-builder.ts';

const lbIpIn = (network: SceneNetwork, zone: SceneZone, known: string | undefined) => {
  // The simulator's address for the load balancer lies in the first public subnet by name; the
  // node in another zone has the same host number in that zone's public subnet.
  if (!known) return null;
  const host = known.split('.').at(-1) ?? '5';
  const prefix = zone.publicCidr.split('.').slice(0, 3).join('.');
  return `${prefix}.${host}`;
};

/** A load balancer's nodes: one ENI in each Availability Zone its subnets cover. */
export function lbNodesIn(
  input: SceneInput,
  network: SceneNetwork,
  zone: SceneZone,
  internetFacing: boolean,
) {
  if (!zone.loadBalanced && (input.plan.inTreeLoadBalancers ?? []).length === 0) return [];
  const all = [
    ...input.plan.loadBalancers.map((lb) => ({ lb, inTree: false })),
    ...(input.plan.inTreeLoadBalancers ?? []).map((lb) => ({ lb, inTree: true })),
  ];
  return all
    .filter(
      ({ lb, inTree }) =>
        (inTree || zone.loadBalanced) && (lb.scheme === 'internet-facing') === internetFacing,
    )
    .map(({ lb }) => {
      const ip = internetFacing
        ? lbIpIn(network, zone, input.network?.loadBalancerIps[lb.stack])
        : null;
      return {
        id: diagramId.lbNode(lb.stack, zone.name),
        kind: 'lb-node' as const,
        label: ip ?? lb.name,
        detail: ip ? lb.name : null,
        a11y: text('a11y.lbNode', { name: lb.name, zone: zone.name, ip: ip ?? '' }),
      };
    });
}
