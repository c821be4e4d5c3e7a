import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import type { SceneSecurityGroups } from './scene-input.ts';
import { stackItems, text, type Builder, type ItemSpec } from './scene-builder.ts';

/** The reference key of a security group element: the group's name (or, for the nodes', its ID). */
export const SECURITY_GROUP_REF = 'securityGroup';

/** A group's inbound rules as written on its card: `443 ← 0.0.0.0/0` (no words, both languages). */
export const ingressText = (rules: readonly { port: number; source: string }[]): string =>
  rules.map((r) => `${r.port} ← ${r.source}`).join(', ');

/**
 * The rule the bindings add on the nodes' group, as its badge says it. None yet is how every
 * cluster starts (no load balancer needs it), so it is said plainly, not as a warning.
 */
export function nodeRuleBadge(ports: readonly number[]) {
  return ports.length === 0
    ? { tone: 'neutral' as const, text: text('badge.sg.noRule') }
    : { tone: 'ok' as const, text: text('badge.sg.fromBackend', { ports: ports.join(', ') }) };
}

/**
 * The groups a load balancer carries, stacked under it in the load balancers' column (§2.1 step
 * 5.1): its managed group, whose rules open the listen ports to the inbound CIDRs, and the
 * cluster's shared backend group, the source the nodes' group lets in. They stand beside the
 * load balancer rather than in it: both exist before `CreateLoadBalancer`. Returns the next y.
 */
export function placeLoadBalancerGroups(
  b: Builder,
  groups: SceneSecurityGroups | undefined,
  stack: string,
  lbName: string,
  parent: string,
  y: number,
): number {
  const own = groups?.loadBalancers.find((g) => g.stack === stack);
  if (!own) return y;
  const items: ItemSpec[] = [];
  if (own.managed) {
    const rules = ingressText(own.managed.ingress.map((r) => ({ port: r.port, source: r.cidr })));
    items.push({
      id: diagramId.lbSecurityGroup(stack, 'managed'),
      kind: 'security-group',
      label: `SG ${own.managed.name}`,
      detail: rules || null,
      badge: { tone: 'neutral', text: text('badge.sg.managed') },
      a11y: text('a11y.sg.managed', { name: own.managed.name, lb: lbName, rules: rules || '—' }),
      ref: { type: SECURITY_GROUP_REF, key: own.managed.name },
    });
  }
  if (own.backend)
    items.push({
      id: diagramId.lbSecurityGroup(stack, 'backend'),
      kind: 'security-group',
      label: `SG ${own.backend}`,
      detail: null,
      // It holds no rule of its own: it is the source the nodes' group lets in (§2.3 step 5).
      caption: text('diagram.caption.sg.backend'),
      badge: { tone: 'neutral', text: text('badge.sg.backend') },
      a11y: text('a11y.sg.backend', { name: own.backend, lb: lbName }),
      ref: { type: SECURITY_GROUP_REF, key: own.backend },
    });
  return stackItems(b, parent, items, L.pad, y, L.row.height, L.item.width + 2 * L.pad);
}

/**
 * The nodes' group on one node's ENI, with the rule the bindings added (§2.3 step 5): the
 * backend group may reach the target ports. With the VPC CNI a pod's IP is on this ENI, so in ip
 * mode this group decides for the pods too. None without a managed backend group.
 */
export function nodeSecurityGroupItem(
  groups: SceneSecurityGroups | undefined,
  node: string,
): ItemSpec[] {
  const nodes = groups?.nodes;
  if (!nodes) return [];
  return [
    {
      id: diagramId.nodeSecurityGroup(node),
      kind: 'security-group',
      label: `SG ${nodes.id}`,
      detail: null,
      badge: nodeRuleBadge(nodes.ports),
      a11y: text('a11y.sg.node', {
        id: nodes.id,
        node,
        rules:
          nodes.ports.length > 0
            ? ingressText(nodes.ports.map((port) => ({ port, source: nodes.backend })))
            : '—',
      }),
      ref: { type: SECURITY_GROUP_REF, key: nodes.id },
    },
  ];
}
