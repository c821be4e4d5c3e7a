/** Generators of the Nodes, Pods and Services of a scenario (reference §6.1, §6.2). */
import fc from 'fast-check';
import { annotations, maybe, weighted } from './arbitrary-helpers.ts';
import {
  A,
  S,
  type Condition,
  type NodeModel,
  type PodModel,
  type ServiceModel,
  type ServicePortModel,
} from './cluster-model.ts';

const NODE_NAMES = ['node-1', 'node-2', 'node-3', 'node-4'] as const;

/** A Pod's [Ready, ContainersReady]: serving, gated by a readiness gate (§6.2), failing, unknown. */
const podConditions = weighted<[Condition, Condition]>(
  [['True', 'True'], 5],
  [['False', 'True'], 3],
  [['False', 'False'], 2],
  [['True', null], 1],
  [['False', null], 1],
  [[null, null], 1],
  [['Unknown', 'True'], 1],
  [['Unknown', 'Unknown'], 1],
);
/** `degraded`: a cluster whose kubelets mostly stopped reporting (Ready=Unknown, §6.1 fail-open). */
export const nodeArb = (index: number, degraded: boolean): fc.Arbitrary<NodeModel> =>
  fc.record({
    name: weighted<string>(
      [`node-${index + 1}`, 12],
      ...NODE_NAMES.map((n): [string, number] => [n, 1]),
    ),
    ready: degraded
      ? weighted<Condition>(['True', 2], ['False', 1], ['Unknown', 5])
      : weighted<Condition>(['True', 6], ['False', 2], ['Unknown', 1], [null, 1]),
    providerID: weighted(
      [`aws:///us-west-2a/i-0${String(index).padStart(16, 'a')}`, 6],
      [`aws:///us-west-2b/i-0${String(index).padStart(16, 'b')}`, 6],
      [`eks-hybrid:///us-west-2/my-cluster/mi-0${String(index).padStart(16, 'e')}`, 1],
      [`gce://project/us-central1-a/vm-${index}`, 1],
      ['aws:///us-west-2a/', 1],
      ['', 1],
    ),
    labels: weighted<Record<string, string>>(
      [{}, 12],
      [{ 'node-role.kubernetes.io/master': '' }, 1],
      [{ 'node-role.kubernetes.io/control-plane': '' }, 1],
      [{ 'node.kubernetes.io/exclude-from-external-load-balancers': 'false' }, 1],
      [{ 'alpha.service-controller.kubernetes.io/exclude-balancer': 'true' }, 1],
      [{ 'eks.amazonaws.com/compute-type': 'fargate' }, 1],
      [{ 'eks.amazonaws.com/compute-type': 'ec2', 'topology.kubernetes.io/zone': 'us-west-2b' }, 1],
    ),
    taints: weighted<NodeModel['taints']>(
      [[], 12],
      [[{ key: 'ToBeDeletedByClusterAutoscaler', effect: 'NoSchedule' }], 2],
      [[{ key: 'karpenter.sh/disrupted', effect: 'NoSchedule' }], 1],
      [[{ key: 'karpenter.sh/disrupted', effect: 'PreferNoSchedule' }], 1],
      [[{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }], 1],
    ),
    internalIP: fc.constant(`10.0.${index}.10`),
  });

/** Pods sit mostly on the generated nodes, sometimes on a node the input lacks, or on none. */
export const podArb = (index: number, nodeNames: readonly string[]): fc.Arbitrary<PodModel> =>
  fc
    .record({
      name: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `pod-${i}`)),
      namespace: weighted<string>(['default', 9], ['shop', 1]),
      labels: weighted<Record<string, string>>(
        [{ app: 'web' }, 6],
        [{ app: 'web', tier: 'front' }, 3],
        [{ app: 'api' }, 2],
        [{}, 1],
      ),
      podIP: maybe(fc.constant(`10.1.0.${index + 10}`), 0.85),
      conditions: podConditions,
      deleting: weighted([false, 6], [true, 1]),
      ports: fc.array(
        fc.record({
          name: weighted<string | null>(['http', 4], ['metrics', 1], [null, 2]),
          containerPort: fc.constantFrom(8080, 8000, 9090),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      nodeName: fc.oneof(
        { arbitrary: fc.constantFrom(...nodeNames, ...NODE_NAMES), weight: 8 },
        { arbitrary: fc.constantFrom('ghost-node', null), weight: 1 },
      ),
    })
    .map(({ conditions: [ready, containersReady], ...pod }) => ({
      ...pod,
      ready,
      containersReady,
    }));

const servicePortArb: fc.Arbitrary<ServicePortModel> = fc.record({
  name: weighted<string | null>(['http', 4], ['https', 1], [null, 2]),
  port: weighted([80, 4], [443, 1], [8080, 1]),
  targetPort: weighted<number | string | null>(
    [8080, 3],
    [8000, 1],
    ['http', 3],
    ['metrics', 1],
    ['nope', 1],
    [null, 1],
  ),
  nodePort: maybe(fc.integer({ min: 30000, max: 32767 }), 0.4),
});

export const serviceArb: fc.Arbitrary<ServiceModel> = fc.record({
  name: weighted<string>(['web', 5], ['api', 2], ['admin', 1]),
  namespace: weighted<string>(['default', 9], ['shop', 1]),
  type: weighted<string | null>(['NodePort', 5], ['ClusterIP', 2], ['LoadBalancer', 2], [null, 1]),
  selector: weighted<Record<string, string> | null>(
    [{ app: 'web' }, 8],
    [{ app: 'api' }, 2],
    [{ app: 'web', tier: 'front' }, 2],
    [{}, 1],
    [null, 1],
  ),
  ports: fc
    .uniqueArray(servicePortArb, { minLength: 1, maxLength: 2, selector: (p) => p.port })
    .map((ports) => {
      const seen = new Set<string>();
      return ports.map((p) => {
        if (p.name === null || !seen.has(p.name)) {
          if (p.name !== null) seen.add(p.name);
          return p;
        }
        return { ...p, name: null };
      });
    }),
  externalTrafficPolicy: weighted<string | null>(['Cluster', 1], ['Local', 1], [null, 2]),
  loadBalancerClass: weighted<string | null>(
    [null, 8],
    ['service.k8s.aws/nlb', 1],
    ['example.com/other', 1],
  ),
  annotations: annotations({
    [`${A}target-type`]: { present: 0.3, valid: ['ip', 'instance'] },
    [`${A}healthcheck-path`]: { present: 0.1, valid: ['/healthz'] },
    [`${S}aws-load-balancer-nlb-target-type`]: { present: 0.4, valid: ['ip', 'ip', 'instance'] },
    [`${S}aws-load-balancer-type`]: { present: 0.2, valid: ['external', 'nlb-ip', 'nlb'] },
    [`${S}aws-load-balancer-scheme`]: {
      present: 0.2,
      valid: ['internet-facing', 'internal'],
      invalid: ['public'],
    },
  }),
});
