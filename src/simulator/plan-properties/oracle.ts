/** The oracle: what §6.1 and §6.2 say the targets are, computed from the scenario's model. */
import type { Plan, PlanTargetGroup } from '../index.ts';
import type { Doc, NodeModel, PodModel, ServiceModel, ServicePortModel } from './cluster-model.ts';

/** Later documents with the same kind and namespace/name replace earlier ones (CONTRACT.md). */
interface Models {
  Node: NodeModel;
  Pod: PodModel;
  Service: ServiceModel;
}

function latest<K extends keyof Models>(
  docs: Doc[],
  kind: K,
  key: (m: Models[K]) => string,
): Map<string, Models[K]> {
  const out = new Map<string, Models[K]>();
  for (const doc of docs) {
    if (doc.kind !== kind) continue;
    const model = (doc as { model: unknown }).model as Models[K];
    out.set(key(model), model);
  }
  return out;
}

const EXCLUDING_LABELS = [
  'node-role.kubernetes.io/master',
  'node.kubernetes.io/exclude-from-external-load-balancers',
  'alpha.service-controller.kubernetes.io/exclude-balancer',
];

export interface World {
  nodes: Map<string, NodeModel>;
  pods: PodModel[];
  services: Map<string, ServiceModel>;
}

export function worldOf(ordered: Doc[]): World {
  return {
    nodes: latest(ordered, 'Node', (n) => n.name),
    pods: [...latest(ordered, 'Pod', (p) => `${p.namespace}/${p.name}`).values()],
    services: latest(ordered, 'Service', (s) => `${s.namespace}/${s.name}`),
  };
}

/** §6.1 steps 1 and 3: default selector, exclusion labels, and the autoscalers' taints. */
const eligibleNode = (n: NodeModel): boolean =>
  !EXCLUDING_LABELS.some((l) => l in n.labels) &&
  n.labels['eks.amazonaws.com/compute-type'] !== 'fargate' &&
  !n.taints.some(
    (t) =>
      t.key === 'ToBeDeletedByClusterAutoscaler' ||
      (t.key === 'karpenter.sh/disrupted' && t.effect === 'NoSchedule'),
  );

/** §6.1 step 4 with the fail-open fallback to Ready=Unknown nodes. */
export function instanceNodes(world: World): NodeModel[] {
  const candidates = [...world.nodes.values()].filter(eligibleNode);
  const ready = candidates.filter((n) => n.ready === 'True');
  return ready.length > 0 ? ready : candidates.filter((n) => n.ready === 'Unknown');
}

export const instanceIdOf = (providerID: string): string | null => {
  const id = providerID.split('/').at(-1) ?? '';
  if (/^i-[^/]*$/.test(id)) return id;
  return providerID.startsWith('eks-hybrid://') && /^mi-[^/]*$/.test(id) ? id : null;
};

export function servicePortOf(
  svc: ServiceModel,
  tg: PlanTargetGroup,
): ServicePortModel | undefined {
  return /^\d+$/.test(tg.servicePort)
    ? svc.ports.find((p) => p.port === Number(tg.servicePort))
    : svc.ports.find((p) => p.name === tg.servicePort);
}

export interface ExpectedEndpoint {
  pod: PodModel;
  port: number;
}

/** §6.2: the Service's endpoints for one port, and which of them the controller registers. */
export function ipEndpoints(world: World, svc: ServiceModel, port: ServicePortModel) {
  const selector = svc.selector ?? {};
  const all: ExpectedEndpoint[] = [];
  if (Object.keys(selector).length > 0) {
    for (const pod of world.pods) {
      if (pod.namespace !== svc.namespace || pod.podIP === null) continue;
      if (!Object.entries(selector).every(([k, v]) => pod.labels[k] === v)) continue;
      const target = port.targetPort ?? port.port;
      const containerPort =
        typeof target === 'number'
          ? target
          : pod.ports.find((p) => p.name === target)?.containerPort;
      if (containerPort === undefined) continue;
      all.push({ pod, port: containerPort });
    }
  }
  const endpointReady = (p: PodModel) => p.ready === 'True' && !p.deleting;
  const containersReady = (p: PodModel) => (p.containersReady ?? p.ready) === 'True';
  const nodeReady = (p: PodModel) => (p.nodeName ? world.nodes.get(p.nodeName)?.ready : undefined);
  const included = all.filter(
    ({ pod }) =>
      endpointReady(pod) || (containersReady(pod) && !pod.deleting && nodeReady(pod) === 'True'),
  );
  const fallback = all.filter(
    ({ pod }) =>
      !endpointReady(pod) && containersReady(pod) && !pod.deleting && nodeReady(pod) === 'Unknown',
  );
  return { all, registered: included.length > 0 ? included : fallback };
}

export const targetKey = (t: { id: string; port: number }) => `${t.id}:${t.port}`;
export const sortedKeys = (ts: readonly { id: string; port: number }[]) => ts.map(targetKey).sort();

export function bindingFailed(plan: Plan, tg: PlanTargetGroup): boolean {
  const ns = tg.service.split('/')[0];
  return plan.errors.some((e) => e.object === `TargetGroupBinding ${ns}/${tg.name}`);
}
