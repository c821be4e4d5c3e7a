import type { SimEvent } from '../simulator/index.ts';
import { diagramId } from './diagram-ids.ts';
import { ingressText, nodeRuleBadge } from './place-security-groups.ts';
import type { SceneNode } from './scene-model.ts';
import { securityGroupOf, type StepState } from './timeline-replay.ts';

/**
 * A security group as it stands after the replayed events: a load balancer's group appears when
 * it is created, its rules when they are added; the nodes' group stands from the start (EKS made
 * it) and shows the ports the bindings opened so far.
 */
export function securityGroupNow(node: SceneNode, state: StepState): SceneNode | null {
  const key = node.ref?.key ?? '';
  const rules = state.rules.get(key) ?? [];
  if (node.id.startsWith('sg-node:')) {
    const ports = [...new Set(rules.map((r) => r.port))].sort((a, b) => a - b);
    return {
      ...node,
      badge: nodeRuleBadge(ports),
      a11y: { ...node.a11y, params: { ...node.a11y.params, rules: ingressText(rules) || '—' } },
    };
  }
  if (!state.groups.has(key)) return null;
  const written = ingressText(rules);
  return node.detail === null
    ? node
    : {
        ...node,
        detail: written || null,
        a11y: { ...node.a11y, params: { ...node.a11y.params, rules: written || '—' } },
      };
}

/**
 * The cluster's shared backend group exists before a load balancer the run creates; its card under
 * that load balancer stands once the load balancer's own group does (or the load balancer itself),
 * not from the run's start.
 */
export function sharedGroupStands(
  node: SceneNode,
  state: StepState,
  byId: ReadonlyMap<string, SceneNode>,
  createdStacks: ReadonlySet<string>,
): boolean {
  const [, stack = '', role] = /^sg:(.+)\/(backend)$/.exec(node.id) ?? [];
  if (role === undefined || !createdStacks.has(stack)) return true;
  const managed = byId.get(diagramId.lbSecurityGroup(stack, 'managed'))?.ref?.key;
  return (
    state.created.has(diagramId.loadBalancer(stack)) || (!!managed && state.groups.has(managed))
  );
}

/** The security-group elements an AWS call touched (its focus names the load balancer). */
export function securityGroupsTouched(
  event: SimEvent | undefined,
  nodes: readonly SceneNode[],
): string[] {
  if (event?.kind !== 'aws-call' || !/SecurityGroup/.test(event.operation)) return [];
  const key = securityGroupOf(event.request);
  return nodes.filter((n) => n.kind === 'security-group' && n.ref?.key === key).map((n) => n.id);
}
