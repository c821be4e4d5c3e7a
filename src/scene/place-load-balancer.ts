import type { PlanLoadBalancer } from '../simulator/index.ts';
import { defaultActionRows } from './default-action.ts';
import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import { ruleA11y, ruleLabel } from './rule-text.ts';
import { edge, stackItems, text, type Builder } from './scene-builder.ts';
import { closeCard, openCard } from './place-card.ts';

const lbKindKey = (lb: PlanLoadBalancer) => `a11y.loadBalancer.${lb.type}`;

/**
 * A load balancer with its listeners and their rules, stacked from `y`. One the in-tree cloud
 * provider made (`inTree`) refers to its Service: that manifest is all Kubernetes holds about it.
 */
export function placeLoadBalancer(
  b: Builder,
  lb: PlanLoadBalancer,
  parent: string,
  y: number,
  inTree = false,
  /** The address its DNS name resolves to (null: not known). */
  frontIp: string | null = null,
  /** Labels its rows take later in the run, by id (SceneInput.laterLabels). */
  laterLabels: Readonly<Record<string, readonly string[]>> = {},
): number {
  const id = diagramId.loadBalancer(lb.stack);
  const { card, rowsTop } = openCard(b, {
    id,
    kind: 'load-balancer',
    parent,
    x: L.pad,
    y,
    label: lb.name,
    detail: `${lb.type} · ${lb.scheme}`,
    badge: null,
    a11y: text(lbKindKey(lb), { name: lb.name, scheme: lb.scheme }),
    ref: inTree ? { type: 'service', key: lb.stack } : { type: 'loadBalancer', key: lb.stack },
  });
  // Its DNS name, and the address it resolves to: what a client (or a CNAME) points at.
  let cursor: number = stackItems(
    b,
    id,
    [
      {
        id: diagramId.lbAddress(lb.stack),
        kind: 'dns',
        label: lb.dnsName,
        detail: frontIp,
        a11y: text('a11y.lbAddress', { name: lb.name, dns: lb.dnsName, ip: frontIp ?? '' }),
        ref: inTree ? { type: 'service', key: lb.stack } : { type: 'loadBalancer', key: lb.stack },
      },
    ],
    L.pad,
    rowsTop,
    L.row.height,
  );
  for (const listener of lb.listeners) {
    const listenerId = diagramId.listener(lb.stack, listener.port);
    cursor = stackItems(
      b,
      id,
      [
        {
          id: listenerId,
          kind: 'listener',
          label: `${listener.protocol}:${listener.port}`,
          // An HTTPS or TLS listener terminates TLS (its certificate is not always known: a
          // listener read off a CreateListener call carries none).
          detail:
            listener.certificateArns.length || /^(HTTPS|TLS)$/.test(listener.protocol)
              ? 'TLS'
              : null,
          a11y: text('a11y.listener', {
            name: `${listener.protocol}:${listener.port}`,
            rules: listener.rules.length,
          }),
          ref: { type: 'listener', key: listenerId },
        },
      ],
      L.pad,
      cursor,
    );
    const rules = listener.rules.map((r) => ({
      id: diagramId.rule(lb.stack, listener.port, r.priority),
      kind: 'rule' as const,
      label: ruleLabel(r.priority, r.conditions),
      detail: r.action.type,
      a11y: ruleA11y(r.priority, r.conditions),
      ref: { type: 'rule', key: diagramId.rule(lb.stack, listener.port, r.priority) },
      laterLabels: laterLabels[diagramId.rule(lb.stack, listener.port, r.priority)] ?? [],
    }));
    cursor = stackItems(
      b,
      id,
      [...rules, ...(inTree ? [] : defaultActionRows(lb, listener, laterLabels))],
      L.pad + 12,
      cursor,
      L.row.height,
      L.item.width - 12,
    );
    edge(b, id, listenerId, 'config');
  }
  return closeCard(card, cursor);
}
