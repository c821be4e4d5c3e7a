import { diagramId } from './diagram-ids.ts';
import type { SceneNode } from './scene-model.ts';
import type { SceneInput } from './scene-input.ts';
import { text } from './scene-builder.ts';

/**
 * An EC2 node's primary ENI and the secondary addresses on it: the VPC CNI gives each pod on the
 * node one of them (reference §6.3, §9.3), so the row lists the IPs the node's pods hold.
 */
export function eniText(
  node: string,
  ip: string | null,
  podIps: readonly (string | null)[],
): Pick<SceneNode, 'detail' | 'a11y'> {
  const secondary = [...new Set(podIps.filter((p): p is string => p !== null && p !== ip))];
  return {
    detail: secondary.length > 0 ? `+ ${secondary.join(', ')}` : null,
    a11y: text('a11y.eni', { node, ip: ip ?? '', secondary: secondary.join(', ') }),
  };
}

/** Each node's ENI row (by its id): the node, its IP, and the IP of every pod the run puts on it. */
export type EniAddresses = ReadonlyMap<
  string,
  { node: string; ip: string | null; pods: readonly { key: string; ip: string | null }[] }
>;

export function eniAddressesOf(input: SceneInput): EniAddresses {
  const byEni = new Map<
    string,
    { node: string; ip: string | null; pods: { key: string; ip: string | null }[] }
  >();
  for (const node of input.nodes)
    byEni.set(diagramId.eni(node.name), { node: node.name, ip: node.ip, pods: [] });
  for (const pod of input.pods)
    byEni
      .get(diagramId.eni(pod.node ?? ''))
      ?.pods.push({ key: `${pod.namespace}/${pod.name}`, ip: pod.ip });
  return byEni;
}

/** An ENI row listing the addresses of the pods that stand at one moment (`present(podKey)`). */
export function eniNow(
  row: SceneNode,
  addresses: EniAddresses,
  present: (podKey: string) => boolean,
): SceneNode {
  const eni = addresses.get(row.id);
  if (!eni) return row;
  const now = eniText(
    eni.node,
    eni.ip,
    eni.pods.filter((p) => present(p.key)).map((p) => p.ip),
  );
  return now.detail === row.detail && now.a11y.params.secondary === row.a11y.params.secondary
    ? row
    : { ...row, ...now };
}
