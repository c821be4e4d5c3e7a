/** Rendering a scenario as YAML files, in a deterministic document order and file layout. */
import { stringify } from 'yaml';
import type { ManifestInput } from '../index.ts';
import type { BackendModel, Condition, Doc, Json, Scenario } from './cluster-model.ts';

const conditions = (entries: [string, Condition][]): Json[] =>
  entries.flatMap(([type, status]) => (status === null ? [] : [{ type, status }]));

const renderBackend = (b: BackendModel): Json => ({ service: { name: b.service, port: b.port } });

function manifestOf(doc: Doc): Json {
  switch (doc.kind) {
    case 'Node': {
      const n = doc.model;
      return {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: n.name, labels: n.labels },
        spec: {
          ...(n.providerID === null ? {} : { providerID: n.providerID }),
          ...(n.taints.length ? { taints: n.taints } : {}),
        },
        status: {
          addresses: [{ type: 'InternalIP', address: n.internalIP }],
          conditions: conditions([
            ['MemoryPressure', 'False'],
            ['Ready', n.ready],
          ]),
        },
      };
    }
    case 'Pod': {
      const p = doc.model;
      return {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: p.name,
          namespace: p.namespace,
          labels: p.labels,
          ...(p.deleting ? { deletionTimestamp: '2024-01-01T00:00:00Z' } : {}),
        },
        spec: {
          ...(p.nodeName === null ? {} : { nodeName: p.nodeName }),
          containers: [
            {
              name: 'app',
              image: 'example/app:1',
              ports: p.ports.map((port) => ({
                ...(port.name === null ? {} : { name: port.name }),
                containerPort: port.containerPort,
              })),
            },
          ],
        },
        status: {
          phase: 'Running',
          ...(p.podIP === null ? {} : { podIP: p.podIP }),
          conditions: conditions([
            ['Initialized', 'True'],
            ['Ready', p.ready],
            ['ContainersReady', p.containersReady],
          ]),
        },
      };
    }
    case 'Service': {
      const s = doc.model;
      return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: s.name, namespace: s.namespace, annotations: s.annotations },
        spec: {
          ...(s.type === null ? {} : { type: s.type }),
          ...(s.selector === null ? {} : { selector: s.selector }),
          ...(s.externalTrafficPolicy === null
            ? {}
            : { externalTrafficPolicy: s.externalTrafficPolicy }),
          ...(s.loadBalancerClass === null ? {} : { loadBalancerClass: s.loadBalancerClass }),
          ports: s.ports.map((p) => ({
            ...(p.name === null ? {} : { name: p.name }),
            protocol: 'TCP',
            port: p.port,
            ...(p.targetPort === null ? {} : { targetPort: p.targetPort }),
            ...(p.nodePort === null ? {} : { nodePort: p.nodePort }),
          })),
        },
      };
    }
    case 'Ingress': {
      const i = doc.model;
      return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: i.name, namespace: i.namespace, annotations: i.annotations },
        spec: {
          ...(i.ingressClassName === null ? {} : { ingressClassName: i.ingressClassName }),
          ...(i.defaultBackend === null ? {} : { defaultBackend: renderBackend(i.defaultBackend) }),
          rules: i.rules.map((r) => ({
            ...(r.host === null ? {} : { host: r.host }),
            http: {
              paths: r.paths.map((p) => ({
                ...(p.path === null ? {} : { path: p.path }),
                ...(p.pathType === null ? {} : { pathType: p.pathType }),
                backend: renderBackend(p.backend),
              })),
            },
          })),
        },
      };
    }
    case 'Other':
      return doc.manifest;
  }
}

/** Deterministic Fisher-Yates with a small LCG, so a scenario renders the same way every time. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The documents in the order the simulator reads them, as manifests per file. */
export function layOut(scenario: Scenario): { ordered: Doc[]; files: Json[][] } {
  const ordered = shuffled(scenario.docs, scenario.layout.shuffle);
  const cuts = [...new Set(scenario.layout.cuts.map((c) => Math.min(c, ordered.length)))].sort(
    (a, b) => a - b,
  );
  const bounds = [0, ...cuts, ordered.length];
  const files: Json[][] = [];
  for (let f = 0; f + 1 < bounds.length; f++)
    files.push(ordered.slice(bounds[f], bounds[f + 1]).map(manifestOf));
  return { ordered, files };
}

/** YAML files: multi-document, or one `kind: List` per file when the layout says so. */
export const toInputs = (files: Json[][], asList: readonly boolean[]): ManifestInput[] =>
  files.map((docs, f) => ({
    name: `manifests-${f + 1}.yaml`,
    text: asList[f]
      ? stringify({ apiVersion: 'v1', kind: 'List', items: docs })
      : docs.map((d) => stringify(d)).join('---\n'),
  }));

export function render(scenario: Scenario): { ordered: Doc[]; inputs: ManifestInput[] } {
  const { ordered, files } = layOut(scenario);
  return { ordered, inputs: toInputs(files, scenario.layout.asList) };
}

const renderCache = new Map<string, ReturnType<typeof render>>();

/** render(), once per distinct scenario (the scenario properties share their scenarios). */
export function rendered(scenario: Scenario): ReturnType<typeof render> {
  const key = JSON.stringify(scenario);
  let hit = renderCache.get(key);
  if (!hit) {
    hit = render(scenario);
    renderCache.set(key, hit);
  }
  return hit;
}
