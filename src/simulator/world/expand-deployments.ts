import type { DeploymentObject, NodeObject, PodObject } from '../kubernetes/objects.ts';
import { intToIp, ipToInt } from '../util/ip.ts';
import { byKey } from '../util/compare.ts';

export const matchesSelector = (
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean => Object.entries(selector).every(([key, value]) => labels[key] === value);

/**
 * A Deployment with no matching Pods in the input becomes `replicas` Ready Pods named
 * `<deployment>-<n>`, placed round-robin on Ready nodes sorted by name, with IPs from each
 * node's InternalIP /24 (CONTRACT.md, input semantics).
 */
export function expandDeployments(
  deployments: readonly DeploymentObject[],
  pods: readonly PodObject[],
  nodes: readonly NodeObject[],
): PodObject[] {
  if (deployments.length === 0) return [];
  const readyNodes = nodes.filter((n) => n.ready === 'True').sort(byKey((n) => n.meta.name));
  const used = new Set<number>();
  for (const ip of [...pods.map((p) => p.podIP), ...nodes.map((n) => n.internalIP)]) {
    const value = ip ? ipToInt(ip) : null;
    if (value !== null) used.add(value);
  }
  const nextHostByNode = new Map<string, number>();
  const allocate = (node: NodeObject): string | null => {
    const base = node.internalIP ? ipToInt(node.internalIP) : null;
    if (base === null) return null;
    const network = Math.floor(base / 256) * 256;
    let host = nextHostByNode.get(node.meta.name) ?? 101;
    for (let tries = 0; tries < 253; tries++) {
      const candidate = network + host;
      host = host >= 254 ? 2 : host + 1;
      if (!used.has(candidate)) {
        used.add(candidate);
        nextHostByNode.set(node.meta.name, host);
        return intToIp(candidate);
      }
    }
    return null;
  };

  const generated: PodObject[] = [];
  let cursor = 0;
  for (const deployment of [...deployments].sort(
    byKey((d) => `${d.meta.namespace}/${d.meta.name}`),
  )) {
    const selector =
      Object.keys(deployment.selector).length > 0 ? deployment.selector : deployment.templateLabels;
    const hasPods = pods.some(
      (p) =>
        p.meta.namespace === deployment.meta.namespace && matchesSelector(selector, p.meta.labels),
    );
    if (hasPods || Object.keys(selector).length === 0) continue;
    for (let n = 1; n <= deployment.replicas; n++) {
      const node = readyNodes.length > 0 ? readyNodes[cursor++ % readyNodes.length]! : null;
      const podIP = node ? allocate(node) : null;
      const ready = node !== null && podIP !== null;
      generated.push({
        kind: 'Pod',
        meta: {
          name: `${deployment.meta.name}-${n}`,
          namespace: deployment.meta.namespace,
          uid: '',
          labels: deployment.templateLabels,
          annotations: {},
          deletionTimestamp: null,
          finalizers: [],
        },
        source: deployment.source,
        raw: null,
        nodeName: node?.meta.name ?? null,
        podIP,
        ready,
        containersReady: ready,
        terminating: false,
        containerPorts: deployment.containerPorts,
        readinessGates: [],
        preStopSeconds: deployment.preStopSeconds,
        terminationGracePeriodSeconds: deployment.terminationGracePeriodSeconds,
        generatedFrom: `${deployment.meta.namespace}/${deployment.meta.name}`,
      });
    }
  }
  return generated;
}
