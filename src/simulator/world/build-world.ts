import type { KubernetesObject, NodeObject, SettingsObject } from '../kubernetes/objects.ts';
import type { ParsedManifests } from '../kubernetes/parse-manifests.ts';
import { byKey, compareStrings } from '../util/compare.ts';
import { allocateNodePorts } from './allocate-node-ports.ts';
import { defaultNodes } from './default-nodes.ts';
import { expandDeployments } from './expand-deployments.ts';
import { readSettings } from './settings.ts';
import type { World } from './world.ts';
import { noticeText } from '../notices.ts';

type ByKind<K extends KubernetesObject['kind']> = Extract<KubernetesObject, { kind: K }>;

const objectId = (o: KubernetesObject) => `${o.kind}/${o.meta.namespace}/${o.meta.name}`;

/** Builds the simulated cluster from parsed manifests: later duplicates win, gaps are filled. */
export function buildWorld(parsed: ParsedManifests): World {
  const notes = [...parsed.notes];
  const assumptions: string[] = [];
  const latest = new Map<string, KubernetesObject>();
  for (const object of parsed.objects) {
    const id = objectId(object);
    if (latest.has(id) && object.kind !== 'SimulatorSettings') {
      notes.push(
        noticeText('duplicate', {
          object: `${object.kind} ${object.meta.namespace ? `${object.meta.namespace}/` : ''}${object.meta.name}`,
        }),
      );
    }
    latest.set(id, object);
  }
  const byKind = new Map<string, { key: string; object: KubernetesObject }[]>();
  for (const object of latest.values()) {
    const list = byKind.get(object.kind) ?? [];
    list.push({ key: `${object.meta.namespace}/${object.meta.name}`, object });
    byKind.set(object.kind, list);
  }
  const of = <K extends KubernetesObject['kind']>(kind: K): ByKind<K>[] =>
    (byKind.get(kind) ?? [])
      .sort((a, b) => compareStrings(a.key, b.key))
      .map((entry) => entry.object as ByKind<K>);

  const settingsObject = parsed.objects
    .filter((o): o is SettingsObject => o.kind === 'SimulatorSettings')
    .at(-1);
  const settings = readSettings(settingsObject?.spec ?? null, notes);

  let nodes: NodeObject[] = of('Node');
  if (nodes.length === 0) {
    nodes = defaultNodes();
    assumptions.push(noticeText('default-nodes'));
  }
  const inputPods = of('Pod');
  const deployments = of('Deployment');
  const generatedPods = expandDeployments(deployments, inputPods, nodes);
  const generatedCount = new Map<string, number>();
  for (const pod of generatedPods) {
    const from = pod.generatedFrom ?? '';
    generatedCount.set(from, (generatedCount.get(from) ?? 0) + 1);
  }
  for (const [from, count] of generatedCount) {
    assumptions.push(noticeText('deployment-pods', { deployment: from, count }));
  }

  return {
    settings,
    nodes,
    pods:
      generatedPods.length === 0
        ? inputPods
        : [...inputPods, ...generatedPods].sort(byKey((p) => `${p.meta.namespace}/${p.meta.name}`)),
    services: allocateNodePorts(of('Service'), assumptions),
    ingresses: of('Ingress'),
    ingressClasses: of('IngressClass'),
    ingressClassParams: of('IngressClassParams'),
    deployments,
    serviceAccounts: of('ServiceAccount'),
    namespaces: of('Namespace'),
    assumptions,
    notes,
  };
}
