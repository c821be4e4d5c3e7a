import type { NodeObject } from '../kubernetes/objects.ts';

const DEFAULTS = [
  { name: 'node-a', zone: 'us-west-2a', ip: '10.0.1.10', instance: 'i-0a1b2c3d4e5f60001' },
  { name: 'node-b', zone: 'us-west-2b', ip: '10.0.2.20', instance: 'i-0a1b2c3d4e5f60002' },
] as const;

/** The two Ready nodes assumed when the input has no Node at all (CONTRACT.md). */
export function defaultNodes(): NodeObject[] {
  return DEFAULTS.map((d) => ({
    kind: 'Node',
    meta: {
      name: d.name,
      namespace: '',
      uid: '',
      labels: { 'topology.kubernetes.io/zone': d.zone, 'kubernetes.io/hostname': d.name },
      annotations: {},
      deletionTimestamp: null,
      finalizers: [],
    },
    source: { file: '(assumed)', document: 0, line: 0 },
    raw: null,
    ready: 'True',
    providerID: `aws:///${d.zone}/${d.instance}`,
    internalIP: d.ip,
    zone: d.zone,
    taints: [],
  }));
}
