/**
 * Property tests of planFromManifests over random manifest sets (shared/CONTRACT.md; reference
 * §6.1, §6.2). The generator builds a small model of a cluster (Nodes, Pods, Services, Ingresses,
 * IngressClasses and their params, sometimes SimulatorSettings), renders it as YAML across one to
 * three files (sometimes as `kind: List`), and keeps the model so that the expected targets are
 * computed from it, independently of the simulator. For robustness it also feeds garbage text,
 * random JSON documents, rendered scenarios with text spliced in, and scenarios whose fields were
 * replaced by values of the wrong type.
 *
 * Failures print the fast-check seed; `PLAN_PROPERTY_SEED=<seed>` replays the scenario properties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import {
  buildWorld,
  parseManifests,
  planFromManifests,
  reconcile,
  traceRequest,
  type ManifestInput,
  type Plan,
  type PlanTargetGroup,
} from './index.ts';

type Condition = 'True' | 'False' | 'Unknown' | null;
type Json = Record<string, unknown>;

interface NodeModel {
  name: string;
  ready: Condition;
  providerID: string | null;
  labels: Record<string, string>;
  taints: { key: string; effect: string }[];
  internalIP: string;
}

interface ContainerPortModel {
  name: string | null;
  containerPort: number;
}

interface PodModel {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  podIP: string | null;
  ready: Condition;
  containersReady: Condition;
  deleting: boolean;
  ports: ContainerPortModel[];
  nodeName: string | null;
}

interface ServicePortModel {
  name: string | null;
  port: number;
  targetPort: number | string | null;
  nodePort: number | null;
}

interface ServiceModel {
  name: string;
  namespace: string;
  type: string | null;
  selector: Record<string, string> | null;
  ports: ServicePortModel[];
  externalTrafficPolicy: string | null;
  loadBalancerClass: string | null;
  annotations: Record<string, string>;
}

interface BackendModel {
  service: string;
  port: { number: number } | { name: string };
}

interface IngressModel {
  name: string;
  namespace: string;
  ingressClassName: string | null;
  annotations: Record<string, string>;
  rules: {
    host: string | null;
    paths: { path: string | null; pathType: string | null; backend: BackendModel }[];
  }[];
  defaultBackend: BackendModel | null;
}

type Doc =
  | { kind: 'Node'; model: NodeModel }
  | { kind: 'Pod'; model: PodModel }
  | { kind: 'Service'; model: ServiceModel }
  | { kind: 'Ingress'; model: IngressModel }
  | { kind: 'Other'; manifest: Json };

interface Layout {
  /** Seed of the document shuffle. */
  shuffle: number;
  /** Where the ordered documents are cut into files (1 to 3 files). */
  cuts: number[];
  /** Wrap each file's documents in one `kind: List`. */
  asList: boolean[];
}

interface Scenario {
  docs: Doc[];
  layout: Layout;
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const NODE_NAMES = ['node-1', 'node-2', 'node-3', 'node-4'] as const;
const INGRESS_NAMES = ['site', 'store', 'portal'] as const;
const A = 'alb.ingress.kubernetes.io/';
const S = 'service.beta.kubernetes.io/';

/** One of the values, each with its weight. */
const weighted = <T>(...choices: [T, number][]): fc.Arbitrary<T> =>
  fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));

/** `arb` with probability `present`, else null (null first, so that shrinking drops it). */
const maybe = <T>(arb: fc.Arbitrary<T>, present = 0.5): fc.Arbitrary<T | null> =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: Math.round((1 - present) * 100) },
    { arbitrary: arb, weight: Math.round(present * 100) },
  );

/**
 * Optional annotations: each is present with its probability, mostly with a valid value and
 * now and then with one the controller rejects (so that whole groups fail to build sometimes).
 */
const annotations = (
  choices: Record<
    string,
    { present: number; valid: readonly string[]; invalid?: readonly string[] }
  >,
): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      ...Object.entries(choices).map(([key, { present, valid, invalid = [] }]) =>
        maybe(
          fc.oneof(
            { arbitrary: fc.constantFrom(...valid), weight: 12 },
            ...(invalid.length ? [{ arbitrary: fc.constantFrom(...invalid), weight: 1 }] : []),
          ),
          present,
        ).map((value) => [key, value] as const),
      ),
    )
    .map((entries) =>
      Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null)),
    );

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
const nodeArb = (index: number, degraded: boolean): fc.Arbitrary<NodeModel> =>
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
const podArb = (index: number, nodeNames: readonly string[]): fc.Arbitrary<PodModel> =>
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

const serviceArb: fc.Arbitrary<ServiceModel> = fc.record({
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

const backendArb: fc.Arbitrary<BackendModel> = fc.record({
  service: weighted<string>(['web', 6], ['api', 2], ['admin', 1], ['missing-svc', 1]),
  port: fc.oneof(
    {
      arbitrary: fc.record({ number: weighted([80, 8], [443, 1], [8080, 1], [9999, 1]) }),
      weight: 3,
    },
    { arbitrary: fc.record({ name: weighted(['http', 8], ['https', 1], ['nope', 1]) }), weight: 1 },
  ),
});

const CERT = 'arn:aws:acm:us-west-2:123456789012:certificate/11111111-2222-3333-4444-555555555555';

/** Backends mostly to ports the generated Services have (by number or name), else anything. */
const backendsFor = (services: readonly ServiceModel[]): fc.Arbitrary<BackendModel> => {
  const existing = services.flatMap((svc) =>
    svc.ports.flatMap((p): BackendModel[] => [
      { service: svc.name, port: { number: p.port } },
      ...(p.name === null ? [] : [{ service: svc.name, port: { name: p.name } }]),
    ]),
  );
  return existing.length === 0
    ? backendArb
    : fc.oneof(
        { arbitrary: fc.constantFrom(...existing), weight: 4 },
        { arbitrary: backendArb, weight: 1 },
      );
};

const rawIngressArb = (backend: fc.Arbitrary<BackendModel>): fc.Arbitrary<IngressModel> =>
  fc.record({
    name: fc.constantFrom(...INGRESS_NAMES),
    namespace: weighted<string>(['default', 9], ['shop', 1]),
    ingressClassName: weighted<string | null>(['alb', 12], [null, 1], ['nginx', 1]),
    annotations: annotations({
      [`${A}target-type`]: { present: 0.6, valid: ['instance', 'ip', 'ip'], invalid: ['pod'] },
      [`${A}scheme`]: { present: 0.4, valid: ['internet-facing', 'internal'], invalid: ['public'] },
      [`${A}group.name`]: { present: 0.3, valid: ['shared', 'team-a'], invalid: ['Bad_Name'] },
      [`${A}group.order`]: { present: 0.3, valid: ['1', '-5', '10'], invalid: ['2000', 'x'] },
      [`${A}listen-ports`]: {
        present: 0.3,
        valid: [
          '[{"HTTP": 80}]',
          '[{"HTTPS": 443}]',
          '[{"HTTP": 80}, {"HTTPS": 443}]',
          '[{"HTTP": 8080}]',
        ],
        invalid: ['not json'],
      },
      [`${A}certificate-arn`]: {
        present: 0.3,
        valid: [CERT, `${CERT},arn:aws:acm:us-west-2:123456789012:certificate/bbbb`],
      },
      [`${A}ssl-redirect`]: { present: 0.15, valid: ['443'], invalid: ['8443', 'x'] },
    }),
    rules: fc.array(
      fc.record({
        host: fc.constantFrom<string | null>(
          null,
          'example.com',
          'api.example.com',
          '*.example.com',
        ),
        paths: fc.array(
          fc.record({
            path: weighted<string | null>(
              ['/', 3],
              ['/api', 2],
              ['/api/v1', 1],
              ['/static/*', 1],
              [null, 1],
            ),
            pathType: weighted<string | null>(
              ['Prefix', 4],
              ['Exact', 2],
              ['ImplementationSpecific', 2],
              [null, 1],
              ['Weird', 1],
            ),
            backend,
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
    defaultBackend: maybe(backend, 0.2),
  });

/**
 * Most Ingresses are made consistent (an HTTPS listen port gets a certificate, ssl-redirect gets
 * its HTTPS port, paths fit their pathType), because one bad member fails its whole group and
 * the target properties need groups that build; the rest keep whatever the generator drew.
 */
const ingressArb = (backend: fc.Arbitrary<BackendModel>): fc.Arbitrary<IngressModel> =>
  fc.tuple(rawIngressArb(backend), weighted([true, 5], [false, 1])).map(([ing, sane]) => {
    if (!sane) return ing;
    const annotations = { ...ing.annotations };
    if (annotations[`${A}ssl-redirect`] !== undefined) {
      annotations[`${A}ssl-redirect`] = '443';
      annotations[`${A}listen-ports`] = '[{"HTTP": 80}, {"HTTPS": 443}]';
    }
    if ((annotations[`${A}listen-ports`] ?? '').includes('HTTPS'))
      annotations[`${A}certificate-arn`] ??= CERT;
    return {
      ...ing,
      annotations,
      rules: ing.rules.map((rule) => ({
        ...rule,
        paths: rule.paths.map((p) => ({
          ...p,
          pathType:
            p.pathType === 'Weird' || (p.path?.includes('*') && p.pathType !== null)
              ? 'ImplementationSpecific'
              : p.pathType,
        })),
      })),
    };
  });

const settingsArb: fc.Arbitrary<Json> = fc.record(
  {
    clusterName: fc.constantFrom('my-cluster', 'prod'),
    flags: fc.record(
      {
        defaultTargetType: weighted(['ip', 4], ['instance', 4], ['bogus', 1]),
        defaultScheme: fc.constantFrom('internal', 'internet-facing'),
        tolerateNonExistentBackendService: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    quotas: maybe(fc.record({ targetsPerTargetGroup: fc.constantFrom(1, 2) }), 0.2),
    irsa: maybe(fc.record({ failure: fc.constantFrom('none', 'trust') }), 0.2),
  },
  { requiredKeys: [] },
);

/** IngressClassParams spec fields, each optional (LBC docs, ingress_class.md). */
const classParamsArb: fc.Arbitrary<Json> = fc.record(
  {
    scheme: fc.constantFrom('internet-facing', 'internal'),
    ipAddressType: fc.constant('ipv4'),
    group: fc.record({ name: fc.constantFrom('shared', 'platform') }),
    certificateArn: fc.constant([CERT]),
    sslPolicy: fc.constant('ELBSecurityPolicy-TLS13-1-2-2021-06'),
    inboundCIDRs: fc.constantFrom(['10.0.0.0/8'], ['10.0.0.0/8', '192.168.0.0/16']),
    targetType: fc.constantFrom('ip', 'instance'),
    namespaceSelector: fc.record({
      matchLabels: fc.constantFrom({ 'kubernetes.io/metadata.name': 'default' }, { team: 'a' }),
    }),
  },
  { requiredKeys: [] },
);

/** The non-modelled documents: IngressClasses (and params), SimulatorSettings, an unknown kind. */
const otherDocsArb: fc.Arbitrary<Json[]> = fc
  .record({
    albClass: weighted(['plain', 12], ['default', 3], ['params', 5], ['none', 1]),
    params: classParamsArb,
    nginxClass: fc.boolean(),
    settings: maybe(settingsArb, 0.3),
    configMap: weighted([false, 4], [true, 1]),
  })
  .map(({ albClass, params, nginxClass, settings, configMap }) => {
    const docs: Json[] = [];
    if (albClass !== 'none') {
      docs.push({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: {
          name: 'alb',
          ...(albClass === 'default'
            ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }
            : {}),
        },
        spec: {
          controller: 'ingress.k8s.aws/alb',
          ...(albClass === 'params'
            ? {
                parameters: {
                  apiGroup: 'elbv2.k8s.aws',
                  kind: 'IngressClassParams',
                  name: 'alb-params',
                },
              }
            : {}),
        },
      });
    }
    if (albClass === 'params') {
      docs.push({
        apiVersion: 'elbv2.k8s.aws/v1beta1',
        kind: 'IngressClassParams',
        metadata: { name: 'alb-params' },
        spec: params,
      });
    }
    if (nginxClass) {
      docs.push({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'nginx' },
        spec: { controller: 'k8s.io/ingress-nginx' },
      });
    }
    if (settings)
      docs.push({ apiVersion: 'simulator/v1', kind: 'SimulatorSettings', spec: settings });
    if (configMap) {
      docs.push({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'cfg', namespace: 'default' },
        data: { a: '1' },
      });
    }
    return docs;
  });

/** `count` items, the i-th drawn from `make(i)`. */
const indexed = <T>(
  make: (i: number) => fc.Arbitrary<T>,
  count: fc.Arbitrary<number>,
): fc.Arbitrary<T[]> =>
  count.chain((n) =>
    n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => make(i))),
  );

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  shuffle: fc.integer({ min: 0, max: 0x7fffffff }),
  cuts: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 2 }),
  asList: fc.array(fc.constantFrom(false, false, false, true), { minLength: 3, maxLength: 3 }),
});

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    nodes: weighted([false, 2], [true, 1]).chain((degraded) =>
      indexed((i) => nodeArb(i, degraded), weighted([0, 2], [1, 2], [2, 4], [3, 4], [4, 3])),
    ),
    services: fc.array(serviceArb, { maxLength: 3 }),
    others: otherDocsArb,
    layout: layoutArb,
  })
  .chain((base) =>
    fc
      .record({
        pods: indexed(
          (i) =>
            podArb(
              i,
              base.nodes.map((n) => n.name),
            ),
          fc.integer({ min: 0, max: 10 }),
        ),
        ingresses: fc.array(ingressArb(backendsFor(base.services)), { maxLength: 3 }),
      })
      .map((more) => ({ ...base, ...more })),
  )
  .map(({ nodes, pods, services, ingresses, others, layout }) => ({
    docs: [
      ...nodes.map((model): Doc => ({ kind: 'Node', model })),
      ...pods.map((model): Doc => ({ kind: 'Pod', model })),
      ...services.map((model): Doc => ({ kind: 'Service', model })),
      ...ingresses.map((model): Doc => ({ kind: 'Ingress', model })),
      ...others.map((manifest): Doc => ({ kind: 'Other', manifest })),
    ],
    layout,
  }));

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

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
function layOut(scenario: Scenario): { ordered: Doc[]; files: Json[][] } {
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
const toInputs = (files: Json[][], asList: readonly boolean[]): ManifestInput[] =>
  files.map((docs, f) => ({
    name: `manifests-${f + 1}.yaml`,
    text: asList[f]
      ? stringify({ apiVersion: 'v1', kind: 'List', items: docs })
      : docs.map((d) => stringify(d)).join('---\n'),
  }));

function render(scenario: Scenario): { ordered: Doc[]; inputs: ManifestInput[] } {
  const { ordered, files } = layOut(scenario);
  return { ordered, inputs: toInputs(files, scenario.layout.asList) };
}

const renderCache = new Map<string, ReturnType<typeof render>>();

/** render(), once per distinct scenario (the scenario properties share their scenarios). */
function rendered(scenario: Scenario): ReturnType<typeof render> {
  const key = JSON.stringify(scenario);
  let hit = renderCache.get(key);
  if (!hit) {
    hit = render(scenario);
    renderCache.set(key, hit);
  }
  return hit;
}

// ---------------------------------------------------------------------------------------------
// Garbage and half-garbage inputs
// ---------------------------------------------------------------------------------------------

const KNOWN_KINDS = [
  'Node',
  'Pod',
  'Service',
  'Ingress',
  'IngressClass',
  'IngressClassParams',
  'Deployment',
  'ServiceAccount',
  'Namespace',
  'SimulatorSettings',
  'List',
] as const;

const yamlFragments = fc
  .array(
    fc.constantFrom(
      'a',
      'kind: Pod',
      'kind: Service',
      'apiVersion: v1',
      'metadata:',
      '  name: x',
      'spec:',
      '  ports: [',
      ':',
      ' ',
      '  ',
      '\t',
      '\n',
      '---\n',
      '...\n',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&a ',
      '*a',
      '!!str ',
      '!!binary ',
      '!custom ',
      '? ',
      '#',
      '"',
      "'",
      '|',
      '>',
      '%YAML 1.2\n',
      '%TAG ! tag:x,2000:\n',
      '<<: *a',
      '\u00e9',
      '\ufeff',
      '\r\n',
      '0x1F',
      '1e400',
      '~',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Documents of known kinds whose fields are random JSON (wrong shapes everywhere). */
const jsonishManifest: fc.Arbitrary<Json> = fc.record(
  {
    apiVersion: fc.oneof(fc.constant('v1'), fc.jsonValue({ maxDepth: 1 })),
    kind: fc.oneof(fc.constantFrom(...KNOWN_KINDS), fc.jsonValue({ maxDepth: 1 })),
    metadata: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('a', 'web', 'node-1'), fc.jsonValue({ maxDepth: 1 })),
          namespace: fc.jsonValue({ maxDepth: 1 }),
          labels: fc.jsonValue({ maxDepth: 2 }),
          annotations: fc.jsonValue({ maxDepth: 2 }),
          deletionTimestamp: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    spec: fc.jsonValue({ maxDepth: 4 }),
    status: fc.jsonValue({ maxDepth: 3 }),
    items: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** A scenario's text with a random slice cut out or random characters spliced in. */
const mutatedScenario: fc.Arbitrary<ManifestInput[]> = fc
  .tuple(scenarioArb, fc.nat(), fc.nat({ max: 40 }), yamlFragments)
  .map(([scenario, at, cut, insert]) =>
    render(scenario).inputs.map((input, i) => {
      if (i > 0 || input.text.length === 0) return input;
      const pos = at % input.text.length;
      return { ...input, text: input.text.slice(0, pos) + insert + input.text.slice(pos + cut) };
    }),
  );

/** Every path into a JSON value (the root included). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [prefix, ...children.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const valueAt = (root: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);

/** A copy of `root` with the value at `path` replaced (the root itself is never replaced). */
function replaceAt(root: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return root;
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** A value of another type than the one a field usually has, or random JSON. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(5, -1, 0.5, null, true, '', 'x', [], {}, [5], [null], { a: 5 }, ['a', 5]),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * A scenario's manifests with random fields (deep ones too) replaced by values of the wrong
 * shape. Each edit picks a kind first, so that the rare kinds (IngressClassParams,
 * SimulatorSettings) get as much of the fuzzing as the many Pods.
 */
const wrongShapes: fc.Arbitrary<ManifestInput[]> = fc
  .tuple(
    scenarioArb,
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), wrongValue), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([scenario, edits]) => {
    const files = layOut(scenario).files;
    const docs = files.flat();
    if (docs.length === 0) return toInputs(files, scenario.layout.asList);
    const kinds = [...new Set(docs.map((d) => String(d.kind)))].sort();
    for (const [kindPick, docPick, pathPick, value] of edits) {
      const kind = kinds[kindPick % kinds.length];
      const candidates = docs.flatMap((d, i) => (String(d.kind) === kind ? [i] : []));
      const index = candidates[docPick % candidates.length]!;
      // Two edits in three change a leaf (a type confusion), the third any field.
      const all = pathsOf(docs[index]).filter((p) => p.length > 0);
      const leaves = all.filter((p) => {
        const v = valueAt(docs[index], p);
        return v === null || typeof v !== 'object';
      });
      const paths = pathPick % 3 < 2 && leaves.length > 0 ? leaves : all;
      if (paths.length === 0) continue;
      const path = paths[Math.floor(pathPick / 3) % paths.length]!;
      docs[index] = replaceAt(docs[index]!, path, value);
    }
    let next = 0;
    return toInputs(
      files.map((file) => file.map(() => docs[next++]!)),
      scenario.layout.asList,
    );
  });

const garbageInputs: fc.Arbitrary<ManifestInput[]> = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      yamlFragments,
      fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v)),
      fc
        .array(jsonishManifest, { minLength: 1, maxLength: 4 })
        .map((docs) => docs.map((d) => stringify(d)).join('---\n')),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((texts) => texts.map((text, i) => ({ name: `garbage-${i + 1}.yaml`, text })));

const anyInputs: fc.Arbitrary<ManifestInput[]> = fc.oneof(
  scenarioArb.map((s) => render(s).inputs),
  wrongShapes,
  wrongShapes,
  mutatedScenario,
  garbageInputs,
);

// ---------------------------------------------------------------------------------------------
// The oracle: what §6.1 and §6.2 say the targets are, computed from the model
// ---------------------------------------------------------------------------------------------

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

interface World {
  nodes: Map<string, NodeModel>;
  pods: PodModel[];
  services: Map<string, ServiceModel>;
}

function worldOf(ordered: Doc[]): World {
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
function instanceNodes(world: World): NodeModel[] {
  const candidates = [...world.nodes.values()].filter(eligibleNode);
  const ready = candidates.filter((n) => n.ready === 'True');
  return ready.length > 0 ? ready : candidates.filter((n) => n.ready === 'Unknown');
}

const instanceIdOf = (providerID: string): string | null => {
  const id = providerID.split('/').at(-1) ?? '';
  if (/^i-[^/]*$/.test(id)) return id;
  return providerID.startsWith('eks-hybrid://') && /^mi-[^/]*$/.test(id) ? id : null;
};

function servicePortOf(svc: ServiceModel, tg: PlanTargetGroup): ServicePortModel | undefined {
  return /^\d+$/.test(tg.servicePort)
    ? svc.ports.find((p) => p.port === Number(tg.servicePort))
    : svc.ports.find((p) => p.name === tg.servicePort);
}

interface ExpectedEndpoint {
  pod: PodModel;
  port: number;
}

/** §6.2: the Service's endpoints for one port, and which of them the controller registers. */
function ipEndpoints(world: World, svc: ServiceModel, port: ServicePortModel) {
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

const targetKey = (t: { id: string; port: number }) => `${t.id}:${t.port}`;
const sortedKeys = (ts: readonly { id: string; port: number }[]) => ts.map(targetKey).sort();

function bindingFailed(plan: Plan, tg: PlanTargetGroup): boolean {
  const ns = tg.service.split('/')[0];
  return plan.errors.some((e) => e.object === `TargetGroupBinding ${ns}/${tg.name}`);
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The contract's orderings (CONTRACT.md, plan JSON). */
function expectContractOrder(plan: Plan): void {
  const isSorted = (keys: string[]) =>
    keys.every((k, i) => i === 0 || byteOrder(keys[i - 1]!, k) <= 0);
  const stacks = plan.loadBalancers.map((lb) => lb.stack);
  expect(isSorted(stacks), `loadBalancers by stack: ${stacks.join(', ')}`).toBe(true);
  expect(new Set(stacks).size, `stacks are unique: ${stacks.join(', ')}`).toBe(stacks.length);
  const ids = plan.targetGroups.map((tg) => tg.id);
  expect(isSorted(ids), `targetGroups by id: ${ids.join(', ')}`).toBe(true);
  expect(new Set(ids).size, `target group ids are unique: ${ids.join(', ')}`).toBe(ids.length);
  for (let i = 1; i < plan.errors.length; i++) {
    const [a, b] = [plan.errors[i - 1]!, plan.errors[i]!];
    const order = byteOrder(a.object, b.object) || byteOrder(a.reason, b.reason);
    expect(
      order,
      `errors by object, then reason: ${a.object} ${a.reason} / ${b.object} ${b.reason}`,
    ).toBeLessThanOrEqual(0);
  }
  for (const lb of plan.loadBalancers) {
    const ports = lb.listeners.map((l) => l.port);
    expect(ports, `${lb.stack}: listeners by port`).toEqual([...ports].sort((a, b) => a - b));
    expect(new Set(ports).size, `${lb.stack}: one listener per port`).toBe(ports.length);
    for (const listener of lb.listeners) {
      expect(
        listener.rules.map((r) => r.priority),
        `${lb.stack}:${listener.port} rule priorities are 1..n`,
      ).toEqual(listener.rules.map((_, i) => i + 1));
      if (lb.type === 'network') expect(listener.rules).toEqual([]);
    }
  }
}

const LB_TYPES = ['application', 'network'];
const SCHEMES = ['internet-facing', 'internal'];
const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'UDP', 'TLS', 'TCP_UDP'];
const HEALTH = ['initial', 'healthy', 'unhealthy', 'unused', 'draining', 'unavailable'];

/** The field types of the plan JSON (CONTRACT.md): strings are strings, ports are integers. */
function expectContractShape(plan: Plan): void {
  const str = (v: unknown, what: string) => expect(typeof v, what).toBe('string');
  const strOrNull = (v: unknown, what: string) =>
    expect(v === null || typeof v === 'string', `${what}: ${JSON.stringify(v)}`).toBe(true);
  const port = (v: unknown, what: string) =>
    expect(
      Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535,
      `${what}: ${v}`,
    ).toBe(true);
  const oneOf = (v: unknown, values: string[], what: string) =>
    expect(values, `${what}: ${JSON.stringify(v)}`).toContain(v);
  for (const lb of plan.loadBalancers) {
    const at = `loadBalancer ${lb.stack}`;
    str(lb.stack, `${at} stack`);
    str(lb.name, `${at} name`);
    str(lb.dnsName, `${at} dnsName`);
    str(lb.ipAddressType, `${at} ipAddressType`);
    oneOf(lb.type, LB_TYPES, `${at} type`);
    oneOf(lb.scheme, SCHEMES, `${at} scheme`);
    strOrNull(lb.group, `${at} group`);
    for (const source of lb.sources) str(source, `${at} source`);
    for (const listener of lb.listeners) {
      const lat = `${at} listener ${listener.port}`;
      port(listener.port, `${lat} port`);
      oneOf(listener.protocol, PROTOCOLS, `${lat} protocol`);
      strOrNull(listener.sslPolicy, `${lat} sslPolicy`);
      for (const arn of listener.certificateArns) str(arn, `${lat} certificate`);
      expect(typeof listener.defaultAction.type, `${lat} default action`).toBe('string');
      for (const rule of listener.rules) {
        expect(rule.conditions.length, `${lat} rule ${rule.priority} conditions`).toBeGreaterThan(
          0,
        );
        for (const c of rule.conditions) for (const v of c.values) str(v, `${lat} condition value`);
      }
    }
  }
  for (const tg of plan.targetGroups) {
    const at = `targetGroup ${tg.id}`;
    for (const key of [
      'id',
      'name',
      'service',
      'servicePort',
      'protocol',
      'ipAddressType',
    ] as const)
      str(tg[key], `${at} ${key}`);
    strOrNull(tg.ingress, `${at} ingress`);
    oneOf(tg.targetType, ['instance', 'ip'], `${at} targetType`);
    port(tg.port, `${at} port`);
    for (const [key, value] of Object.entries(tg.attributes)) str(value, `${at} attribute ${key}`);
    for (const target of tg.targets) {
      str(target.id, `${at} target id`);
      port(target.port, `${at} target ${target.id} port`);
      strOrNull(target.node, `${at} target node`);
      strOrNull(target.pod, `${at} target pod`);
      oneOf(target.health.state, HEALTH, `${at} target ${target.id} health`);
    }
  }
  for (const e of plan.errors) {
    str(e.object, 'error object');
    str(e.reason, 'error reason');
    expect(typeof e.message === 'string' && e.message.length > 0, 'error message').toBe(true);
  }
  for (const a of plan.assumptions) str(a, 'assumption');
}

const oneFile = (...lines: string[]): ManifestInput[] => [
  { name: 'case.yaml', text: `${lines.join('\n')}\n` },
];

const classParamsCase = (spec: string): ManifestInput[] =>
  oneFile(
    'apiVersion: networking.k8s.io/v1',
    'kind: IngressClass',
    'metadata: {name: alb}',
    'spec:',
    '  controller: ingress.k8s.aws/alb',
    '  parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: params}',
    '---',
    'apiVersion: elbv2.k8s.aws/v1beta1',
    'kind: IngressClassParams',
    'metadata: {name: params}',
    `spec: ${spec}`,
    '---',
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata: {name: site, namespace: default}',
    'spec: {ingressClassName: alb}',
  );

const servicePortCase = (port: string): ManifestInput[] =>
  oneFile(
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: web, namespace: default}',
    'spec:',
    '  type: LoadBalancer',
    '  selector: {app: web}',
    `  ports: [${port}]`,
  );

/**
 * Wrong-shaped inputs that broke the contract once, checked on every run. IngressClassParams
 * `spec` fields of the wrong type threw a TypeError out of planFromManifests (a CIDR or group
 * name that is not a string) or reached the plan (a numeric name or SSL policy); a Service port
 * protocol that is not TCP/UDP/SCTP became an NLB listener protocol outside the contract's list.
 */
const KNOWN_CASES: [string, ManifestInput[]][] = [
  ['IngressClassParams spec {inboundCIDRs: [5]}', classParamsCase('{inboundCIDRs: [5]}')],
  ['IngressClassParams spec {group: {name: 5}}', classParamsCase('{group: {name: 5}}')],
  ['IngressClassParams spec {loadBalancerName: 5}', classParamsCase('{loadBalancerName: 5}')],
  [
    'IngressClassParams spec {sslPolicy: 5} on an HTTPS listener',
    classParamsCase('{sslPolicy: 5, certificateArn: [arn:aws:acm:us-west-2:1:certificate/a]}'),
  ],
  ['Service port {port: 80, protocol: 5}', servicePortCase('{port: 80, protocol: 5}')],
];

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/**
 * The scenario properties share one seed, so they see the same scenarios, and they share the
 * plans through this cache: planning is the expensive part, and each property only reads it.
 * The determinism property makes its own fresh calls and compares them with the cached one.
 */
const SEED = Number(process.env.PLAN_PROPERTY_SEED ?? Date.now() % 2 ** 31);
const RUNS = { numRuns: 200 };
const SCENARIO_RUNS = { numRuns: 200, seed: SEED };
const planCache = new Map<string, string>();

/** JSON of the outcome of planFromManifests(inputs), computed once per distinct input. */
function outcomeJson(inputs: ManifestInput[]): string {
  const key = JSON.stringify(inputs);
  let json = planCache.get(key);
  if (json === undefined) {
    json = JSON.stringify(planFromManifests(inputs));
    planCache.set(key, json);
  }
  return json;
}

/** Runs a check; a failure carries the YAML it failed on, ready for `npm run plan`. */
function explained(inputs: ManifestInput[], check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof Error) {
      const files = inputs.map((i) => `# ==> ${i.name} <==\n${i.text}`).join('\n');
      e.message += `\n\nInput:\n${files}`;
    }
    throw e;
  }
}

function planOf(inputs: ManifestInput[]): Plan {
  const outcome = JSON.parse(outcomeJson(inputs)) as ReturnType<typeof planFromManifests>;
  if (!outcome.ok) {
    throw new Error(`generated manifests did not parse: ${JSON.stringify(outcome.errors)}`);
  }
  return outcome.plan;
}

/** What holds for any input: no exception, located errors, or a plan in the contract's shape. */
function expectContractOutcome(inputs: ManifestInput[]): void {
  const outcome = planFromManifests(inputs);
  if (outcome.ok) {
    expectContractShape(outcome.plan);
    expectContractOrder(outcome.plan);
    return;
  }
  expect(outcome.errors.length).toBeGreaterThan(0);
  const names = inputs.map((i) => i.name);
  for (const e of outcome.errors) {
    expect(names).toContain(e.file);
    expect(Number.isInteger(e.document) && e.document >= 1, `document ${e.document}`).toBe(true);
    expect(Number.isInteger(e.line) && e.line >= 1, `line ${e.line}`).toBe(true);
    expect(typeof e.message === 'string' && e.message.trim().length > 0).toBe(true);
  }
}

describe(`planFromManifests over random manifests (scenario seed ${SEED})`, () => {
  it('never throws; errors name a file, a document ≥ 1 and a line ≥ 1; plans have the contract shape and order', () => {
    fc.assert(fc.property(anyInputs, expectContractOutcome), RUNS);
  });

  it.each(KNOWN_CASES)('keeps to the contract with %s', (_, inputs) => {
    expectContractOutcome(inputs);
  });

  it('reads every generated (well-formed) scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const outcome = JSON.parse(outcomeJson(rendered(scenario).inputs)) as {
          ok: boolean;
          errors?: unknown;
        };
        expect(outcome.ok ? [] : outcome.errors).toEqual([]);
      }),
      SCENARIO_RUNS,
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const inputs = rendered(scenario).inputs;
        const earlier = outcomeJson(inputs);
        const again = JSON.stringify(planFromManifests(inputs));
        // A fresh rendering: new strings, same documents in the same order.
        const fresh = JSON.stringify(planFromManifests(render(scenario).inputs));
        expect(again).toBe(earlier);
        expect(fresh).toBe(earlier);
      }),
      SCENARIO_RUNS,
    );
  });

  it('registers in ip mode exactly the §6.2 pod endpoints of the Service port', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) =>
        explained(rendered(scenario).inputs, () => {
          const { ordered, inputs } = rendered(scenario);
          const world = worldOf(ordered);
          const plan = planOf(inputs);
          for (const tg of plan.targetGroups.filter((t) => t.targetType === 'ip')) {
            const svc = world.services.get(tg.service);
            expect(svc, `Service ${tg.service} of ${tg.id}`).toBeDefined();
            const port = servicePortOf(svc!, tg);
            expect(port, `port ${tg.servicePort} of ${tg.service}`).toBeDefined();
            const { all, registered } = ipEndpoints(world, svc!, port!);
            for (const target of tg.targets) {
              const endpoint = all.find((e) => e.pod.podIP === target.id && e.port === target.port);
              expect(endpoint, `${tg.id}: ${targetKey(target)} is no endpoint`).toBeDefined();
              expect(target.pod).toBe(endpoint!.pod.name);
              expect(
                registered.includes(endpoint!),
                `${tg.id}: pod ${endpoint!.pod.namespace}/${endpoint!.pod.name} is not eligible (§6.2)`,
              ).toBe(true);
            }
            if (!bindingFailed(plan, tg)) {
              expect(
                sortedKeys(tg.targets),
                `${tg.id}: every eligible endpoint is registered`,
              ).toEqual(sortedKeys(registered.map((e) => ({ id: e.pod.podIP!, port: e.port }))));
            }
          }
        }),
      ),
      SCENARIO_RUNS,
    );
  });

  it('registers in instance mode exactly the §6.1 nodes, on the NodePort', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) =>
        explained(rendered(scenario).inputs, () => {
          const { ordered, inputs } = rendered(scenario);
          const world = worldOf(ordered);
          const plan = planOf(inputs);
          for (const tg of plan.targetGroups.filter((t) => t.targetType === 'instance')) {
            const svc = world.services.get(tg.service);
            expect(svc, `Service ${tg.service} of ${tg.id}`).toBeDefined();
            const port = servicePortOf(svc!, tg);
            expect(port, `port ${tg.servicePort} of ${tg.service}`).toBeDefined();
            for (const target of tg.targets) {
              if (port!.nodePort !== null) expect(target.port).toBe(port!.nodePort);
              else {
                // Allocated by the simulated API server: in the default range, and the TG's port.
                expect(target.port).toBe(tg.port);
                expect(target.port >= 30000 && target.port <= 32767).toBe(true);
              }
              expect(target.pod).toBeNull();
            }
            if (world.nodes.size === 0) {
              // Two default Ready nodes are assumed (CONTRACT.md input semantics).
              expect(plan.assumptions.some((a) => a.startsWith('no Node in the input'))).toBe(true);
              const nodes = tg.targets.map((t) => t.node).sort();
              if (bindingFailed(plan, tg))
                expect(['node-a', 'node-b']).toEqual(expect.arrayContaining(nodes));
              else expect(nodes).toEqual(['node-a', 'node-b']);
              continue;
            }
            const eligible = instanceNodes(world);
            for (const target of tg.targets) {
              const node = eligible.find((n) => n.name === target.node);
              expect(node, `${tg.id}: node ${target.node} is not eligible (§6.1)`).toBeDefined();
              expect(target.id).toBe(instanceIdOf(node!.providerID ?? ''));
            }
            if (!bindingFailed(plan, tg)) {
              const ids = eligible.map((n) => instanceIdOf(n.providerID ?? ''));
              expect(ids.includes(null), `${tg.id}: a bad providerID must fail the binding`).toBe(
                false,
              );
              expect(tg.targets.map((t) => t.node).sort(), `${tg.id}: every eligible node`).toEqual(
                eligible.map((n) => n.name).sort(),
              );
            }
          }
        }),
      ),
      SCENARIO_RUNS,
    );
  });

  it('sorts the plan the way the contract says', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) =>
        expectContractOrder(planOf(rendered(scenario).inputs)),
      ),
      SCENARIO_RUNS,
    );
  });
});

/**
 * The contract's id formats join names with `-` and `/`, which names may contain themselves, so two
 * stacks can meet on one target-group id (an Ingress TG `ns/ing-svc:port` and a Service TG
 * `ns/svc:port`) or one stack key (an implicit group and a Service of the same name). The ids stay
 * as the contract (and the controller) define them; target-group names stay unique, and a trace
 * resolves a forward action inside its own load balancer's stack.
 */
describe('plan identifiers', () => {
  const classAndIngress = (ingress: string, service: string) => [
    'apiVersion: networking.k8s.io/v1',
    'kind: IngressClass',
    'metadata: {name: alb}',
    'spec: {controller: ingress.k8s.aws/alb}',
    '---',
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    `metadata: {name: ${ingress}, namespace: default}`,
    'spec:',
    '  ingressClassName: alb',
    `  defaultBackend: {service: {name: ${service}, port: {number: 80}}}`,
  ];
  const nodePortService = (name: string, type: string, nodePort: number) => [
    '---',
    'apiVersion: v1',
    'kind: Service',
    `metadata: {name: ${name}, namespace: default}`,
    `spec: {type: ${type}, selector: {app: ${name}}, ports: [{port: 80, nodePort: ${nodePort}}]}`,
  ];

  it('keeps the contract ids for Ingress a → Service b-c and Service a-b-c, with distinct names', () => {
    const outcome = planFromManifests(
      oneFile(
        ...classAndIngress('a', 'b-c'),
        ...nodePortService('b-c', 'NodePort', 30001),
        ...nodePortService('a-b-c', 'LoadBalancer', 30002),
      ),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.plan.targetGroups.map((tg) => tg.id)).toEqual([
      'default/a-b-c:80',
      'default/a-b-c:80',
    ]);
    expect(new Set(outcome.plan.targetGroups.map((tg) => tg.name)).size).toBe(2);
  });

  it('traces each load balancer to its own target group even when the ids collide', () => {
    const parsed = parseManifests(
      oneFile(
        ...classAndIngress('a', 'b-c'),
        ...nodePortService('b-c', 'NodePort', 30001),
        ...nodePortService('a-b-c', 'LoadBalancer', 30002),
      ),
    );
    if (!parsed.ok) throw new Error('inputs must parse');
    const world = buildWorld(parsed.value);
    const reconciled = reconcile(world);
    for (const lb of reconciled.plan.loadBalancers) {
      const port = lb.listeners[0]!.port;
      const trace = traceRequest(
        world,
        { url: `http://${lb.dnsName}:${port}/`, seed: 1 },
        reconciled,
      );
      const tgHop = trace.hops.find((h) => h.at === 'target-group');
      const expectedPort = lb.type === 'application' ? 30001 : 30002;
      expect(tgHop?.dst.endsWith(`:${expectedPort}`), `${lb.type} → ${tgHop?.dst}`).toBe(true);
    }
  });
});
