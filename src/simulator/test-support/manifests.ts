import { stringify } from 'yaml';
import { parseManifests } from '../kubernetes/parse-manifests.ts';
import { reconcile } from '../reconcile/reconcile.ts';
import { buildWorld } from '../world/build-world.ts';
import type { World } from '../world/world.ts';
import type { Plan } from '../aws/plan.ts';

/** Test DSL: small manifest builders and a one-call world/plan from them. */
type Doc = Record<string, unknown>;

export const node = (
  name: string,
  ip: string,
  opts: {
    ready?: string | null;
    labels?: Record<string, string>;
    instance?: string;
    taints?: Doc[];
  } = {},
): Doc => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: opts.labels ?? {} },
  spec: {
    providerID: `aws:///us-west-2a/${
      opts.instance ??
      `i-0${name
        .replace(/[^a-f0-9]/g, 'f')
        .padEnd(16, '0')
        .slice(0, 16)}`
    }`,
    ...(opts.taints ? { taints: opts.taints } : {}),
  },
  status: {
    addresses: [{ type: 'InternalIP', address: ip }],
    conditions: opts.ready === null ? [] : [{ type: 'Ready', status: opts.ready ?? 'True' }],
  },
});

export const pod = (
  name: string,
  nodeName: string,
  ip: string | null,
  opts: {
    labels?: Record<string, string>;
    ready?: boolean;
    containersReady?: boolean;
    terminating?: boolean;
    ports?: Doc[];
    namespace?: string;
  } = {},
): Doc => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    namespace: opts.namespace ?? 'default',
    labels: opts.labels ?? { app: 'web' },
    ...(opts.terminating ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
  },
  spec: {
    nodeName,
    containers: [{ name: 'app', ports: opts.ports ?? [{ name: 'http', containerPort: 8080 }] }],
  },
  status: {
    ...(ip ? { podIP: ip } : {}),
    conditions: [
      {
        type: 'ContainersReady',
        status: (opts.containersReady ?? opts.ready ?? true) ? 'True' : 'False',
      },
      { type: 'Ready', status: (opts.ready ?? true) ? 'True' : 'False' },
    ],
  },
});

export const service = (
  name: string,
  spec: Doc,
  annotations: Record<string, string> = {},
): Doc => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'default', annotations },
  spec: {
    selector: { app: 'web' },
    ports: [{ name: 'http', port: 80, targetPort: 8080, nodePort: 30080 }],
    type: 'NodePort',
    ...spec,
  },
});

export const ingress = (
  name: string,
  spec: Doc,
  annotations: Record<string, string> = {},
  namespace = 'default',
): Doc => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name, namespace, annotations },
  spec: { ingressClassName: 'alb', ...spec },
});

export const albClass: Doc = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'alb' },
  spec: { controller: 'ingress.k8s.aws/alb' },
};

export const settings = (spec: Doc): Doc => ({
  apiVersion: 'sim.example/v1',
  kind: 'SimulatorSettings',
  spec,
});

/** One rule forwarding `path` (Prefix) to `svc`:`port`. */
export const route = (
  svc: string,
  port: number | string = 80,
  path = '/',
  pathType = 'Prefix',
  host?: string,
): Doc => ({
  ...(host ? { host } : {}),
  http: {
    paths: [
      {
        path,
        pathType,
        backend: {
          service: {
            name: svc,
            port: typeof port === 'number' ? { number: port } : { name: port },
          },
        },
      },
    ],
  },
});

export const toYaml = (docs: readonly Doc[]): string => docs.map((d) => stringify(d)).join('---\n');

export function worldOf(docs: readonly Doc[]): World {
  const parsed = parseManifests([{ name: 'test.yaml', text: toYaml(docs) }]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return buildWorld(parsed.value);
}

export const planOf = (docs: readonly Doc[]): Plan => reconcile(worldOf(docs)).plan;

/** Two Ready nodes and two Ready `app: web` pods, one on each. */
export const smallCluster = (): Doc[] => [
  node('node-1', '10.0.1.10', { instance: 'i-0000000000000000a' }),
  node('node-2', '10.0.2.20', { instance: 'i-0000000000000000b' }),
  pod('web-1', 'node-1', '10.0.1.101'),
  pod('web-2', 'node-2', '10.0.2.102'),
];
