import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import type { Tone } from './scene-model.ts';
import type { SceneInput, ScenePod } from './scene-input.ts';
import { zoneOfNode } from './network.ts';
import { stackItems, stackFold, text, type Builder } from './scene-builder.ts';
import { closeCard, openCard } from './place-card.ts';
import { nodeSecurityGroupItem } from './place-security-groups.ts';
import { nodeReadyBadge } from './state-badges.ts';
import { eniText } from './eni-addresses.ts';

const podTone = (pod: ScenePod): Tone =>
  pod.state === 'ready'
    ? 'ok'
    : pod.state === 'terminating'
      ? 'warn'
      : pod.state === 'pending'
        ? 'neutral'
        : 'bad';

/**
 * The EC2 nodes of one Availability Zone, stacked in its private subnet from `top`: each with its
 * primary ENI (its pods' IPs are secondary addresses of that ENI: the VPC CNI), kube-proxy and
 * its pods. Returns the next free y.
 */
export function placeWorkers(
  b: Builder,
  input: SceneInput,
  zone: string,
  parent: string,
  top: number,
  expanded: ReadonlySet<string>,
): number {
  const podsByNode = new Map<string, ScenePod[]>();
  for (const pod of input.pods) {
    const list = podsByNode.get(pod.node ?? '') ?? [];
    list.push(pod);
    podsByNode.set(pod.node ?? '', list);
  }
  const nodes = [...input.nodes]
    .filter((n) => zoneOfNode(input, n.name) === zone)
    .sort((a, c) => (a.name < c.name ? -1 : 1));
  const shownNodes = expanded.has(parent) ? nodes : nodes.slice(0, L.maxNodes);
  let y = top;
  for (const node of shownNodes) {
    const id = diagramId.node(node.name);
    const { card, rowsTop } = openCard(b, {
      id,
      kind: 'node',
      parent,
      x: L.pad,
      y,
      label: node.name,
      detail: node.ip,
      badge: nodeReadyBadge(node.ready),
      a11y: text('a11y.node', { name: node.name, ip: node.ip ?? '', ready: node.ready ?? 'none' }),
      ref: { type: 'node', key: node.name },
    });
    let cursor = stackItems(
      b,
      id,
      [
        {
          id: diagramId.eni(node.name),
          kind: 'eni',
          label: `ENI ${node.ip ?? node.name}`,
          // Every pod the run puts on the node; each moment lists those standing then (eniNow).
          ...eniText(
            node.name,
            node.ip,
            (podsByNode.get(node.name) ?? []).map((p) => p.ip),
          ),
          ref: { type: 'node', key: node.name },
        },
        ...nodeSecurityGroupItem(input.securityGroups, node.name),
        {
          id: diagramId.kubeProxy(node.name),
          kind: 'kube-proxy',
          label: 'kube-proxy',
          detail: 'iptables',
          a11y: text('a11y.kubeProxy', { node: node.name }),
        },
      ],
      L.pad,
      rowsTop,
      L.row.height,
    );
    const pods = [...(podsByNode.get(node.name) ?? [])].sort(
      (a, c) => Number(c.controller) - Number(a.controller) || (a.name < c.name ? -1 : 1),
    );
    const shown = expanded.has(id) ? pods : pods.slice(0, L.maxPods);
    cursor = stackItems(
      b,
      id,
      shown.map((pod) => ({
        id: pod.controller ? diagramId.controller() : diagramId.pod(pod.namespace, pod.name),
        kind: pod.controller ? ('controller' as const) : ('pod' as const),
        label: pod.name,
        detail: pod.ip,
        badge: { tone: podTone(pod), text: text(`badge.pod.${pod.state}`) },
        a11y: pod.controller
          ? text('a11y.controller', { name: `${pod.namespace}/${pod.name}` })
          : text('a11y.pod', {
              name: `${pod.namespace}/${pod.name}`,
              ip: pod.ip ?? '',
              state: pod.state,
            }),
        ref: { type: 'pod', key: `${pod.namespace}/${pod.name}` },
      })),
      L.pad,
      cursor,
      L.row.height,
    );
    cursor = stackFold(b, id, pods.length, L.maxPods, expanded.has(id), cursor);
    y = closeCard(card, cursor);
  }
  y = stackFold(b, parent, nodes.length, L.maxNodes, expanded.has(parent), y);
  return y;
}
