import {
  asArray,
  asInteger,
  asIntOrString,
  asNumber,
  asRecord,
  asString,
  asStringMap,
  type Json,
} from './fields.ts';
import type {
  ConditionStatus,
  ContainerPort,
  IngressBackend,
  IngressClassParamsSpec,
  KubernetesKind,
  KubernetesObject,
  ObjectMeta,
  PodObject,
  SourceRef,
} from './objects.ts';
import { err, ok, type Result } from '../util/result.ts';

const CLUSTER_SCOPED = new Set([
  'Node',
  'IngressClass',
  'IngressClassParams',
  'Namespace',
  'SimulatorSettings',
]);

export const KNOWN_KINDS: ReadonlySet<string> = new Set<KubernetesKind>([
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
]);

function readMeta(kind: string, manifest: Json): Result<ObjectMeta> {
  const metadata = asRecord(manifest.metadata);
  const name = asString(metadata.name);
  if (!name && kind !== 'SimulatorSettings') return err(`${kind} has no metadata.name`);
  return ok({
    name: name ?? 'settings',
    namespace: CLUSTER_SCOPED.has(kind) ? '' : (asString(metadata.namespace) ?? 'default'),
    uid: asString(metadata.uid) ?? '',
    labels: asStringMap(metadata.labels),
    annotations: asStringMap(metadata.annotations),
    deletionTimestamp: asString(metadata.deletionTimestamp),
    finalizers: asArray(metadata.finalizers)
      .map(asString)
      .filter((f): f is string => !!f),
  });
}

const conditionStatus = (status: Json, type: string): ConditionStatus | null => {
  const condition = asArray(status.conditions)
    .map(asRecord)
    .find((c) => c.type === type);
  const value = condition ? asString(condition.status) : null;
  return value === 'True' || value === 'False' || value === 'Unknown' ? value : null;
};

const readContainerPorts = (podSpec: Json): ContainerPort[] =>
  asArray(podSpec.containers).flatMap((container) =>
    asArray(asRecord(container).ports).flatMap((raw) => {
      const port = asRecord(raw);
      const containerPort = asInteger(port.containerPort);
      if (containerPort === null) return [];
      return [
        { name: asString(port.name), containerPort, protocol: asString(port.protocol) ?? 'TCP' },
      ];
    }),
  );

/** A container `preStop` that only sleeps: `sleep: {seconds}` or an exec running `sleep N`. */
function readPreStopSeconds(podSpec: Json): number {
  let longest = 0;
  for (const container of asArray(podSpec.containers)) {
    const preStop = asRecord(asRecord(asRecord(container).lifecycle).preStop);
    const sleep = asNumber(asRecord(preStop.sleep).seconds);
    const command = asArray(asRecord(preStop.exec).command).map(asString).join(' ');
    const fromExec = /(?:^|\s)sleep\s+(\d+)/.exec(command);
    longest = Math.max(longest, sleep ?? 0, fromExec ? Number(fromExec[1]) : 0);
  }
  return longest;
}

const paramsTags = (tags: unknown[]): Record<string, string> =>
  Object.fromEntries(
    tags.flatMap((t) => {
      const key = asString(asRecord(t).key);
      return key ? [[key, asString(asRecord(t).value) ?? '']] : [];
    }),
  );

/** IngressClassParams fields the simulator honours, each dropped when it has the wrong type. */
function readClassParamsSpec(spec: Json): IngressClassParamsSpec {
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.map(asString).filter((x): x is string => !!x) : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const group = text(asRecord(spec.group).name);
  const matchLabels =
    'namespaceSelector' in spec
      ? asStringMap(asRecord(spec.namespaceSelector).matchLabels)
      : undefined;
  const out: IngressClassParamsSpec = {};
  const fields: [keyof IngressClassParamsSpec, unknown][] = [
    ['scheme', text(spec.scheme)],
    ['ipAddressType', text(spec.ipAddressType)],
    ['group', group !== undefined ? { name: group } : undefined],
    ['certificateArn', strings(spec.certificateArn)],
    ['sslPolicy', text(spec.sslPolicy)],
    ['sslRedirectPort', asString(spec.sslRedirectPort) ?? undefined],
    ['inboundCIDRs', strings(spec.inboundCIDRs)],
    ['targetType', text(spec.targetType)],
    ['loadBalancerName', text(spec.loadBalancerName)],
    ['namespaceSelector', matchLabels !== undefined ? { matchLabels } : undefined],
    ['tags', Array.isArray(spec.tags) ? paramsTags(spec.tags) : undefined],
  ];
  for (const [key, value] of fields)
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}

function readBackend(raw: unknown): IngressBackend {
  const backend = asRecord(raw);
  if (!('service' in backend)) return { service: null };
  const service = asRecord(backend.service);
  const port = asRecord(service.port);
  return {
    service: {
      name: asString(service.name) ?? '',
      port: { number: asNumber(port.number), name: asString(port.name) },
    },
  };
}

/** Turns one manifest of a known kind into a typed object, or says why it can't. */
export function readObject(manifest: Json, source: SourceRef): Result<KubernetesObject> {
  const kind = asString(manifest.kind) ?? '';
  const metaResult = readMeta(kind, manifest);
  if (!metaResult.ok) return metaResult;
  const meta = metaResult.value;
  const spec = asRecord(manifest.spec);
  const status = asRecord(manifest.status);
  const base = { meta, source, raw: manifest };

  switch (kind) {
    case 'Node': {
      const addresses = asArray(status.addresses).map(asRecord);
      const internal = addresses.find((a) => a.type === 'InternalIP');
      return ok({
        meta,
        source,
        raw: manifest,
        kind,
        ready: conditionStatus(status, 'Ready'),
        providerID: asString(spec.providerID) ?? '',
        internalIP: internal ? asString(internal.address) : null,
        zone:
          meta.labels['topology.kubernetes.io/zone'] ??
          meta.labels['failure-domain.beta.kubernetes.io/zone'] ??
          null,
        taints: asArray(spec.taints).map((raw) => {
          const taint = asRecord(raw);
          return {
            key: asString(taint.key) ?? '',
            value: asString(taint.value),
            effect: asString(taint.effect) ?? '',
          };
        }),
      });
    }
    case 'Pod': {
      const ready = conditionStatus(status, 'Ready') === 'True';
      const containersReady = conditionStatus(status, 'ContainersReady');
      // One literal, no spread: inputs have 10,000s of Pods, and V8 builds a literal with a
      // spread in it slowly, into an object that stays slow to read (issue 14).
      const pod: PodObject = {
        meta,
        source,
        raw: manifest,
        kind,
        nodeName: asString(spec.nodeName),
        podIP: asString(status.podIP),
        ready: ready && meta.deletionTimestamp === null,
        containersReady: containersReady === null ? ready : containersReady === 'True',
        terminating: meta.deletionTimestamp !== null,
        containerPorts: readContainerPorts(spec),
        readinessGates: asArray(spec.readinessGates)
          .map((g) => asString(asRecord(g).conditionType))
          .filter((g): g is string => !!g),
        preStopSeconds: readPreStopSeconds(spec),
        terminationGracePeriodSeconds: asNumber(spec.terminationGracePeriodSeconds) ?? 30,
        generatedFrom: null,
      };
      if (!Array.isArray(status.podIPs)) return ok(pod);
      // Dual-stack and IPv6 clusters: podIPs, right after podIP.
      const podIPs = status.podIPs
        .map((p) => asString(asRecord(p).ip))
        .filter((ip): ip is string => !!ip);
      const entries: [string, unknown][] = Object.entries(pod);
      entries.splice(entries.findIndex(([key]) => key === 'podIP') + 1, 0, ['podIPs', podIPs]);
      return ok(Object.fromEntries(entries) as unknown as PodObject);
    }
    case 'Service': {
      const type = asString(spec.type) ?? 'ClusterIP';
      const badProtocol = asArray(spec.ports)
        .map((p, i) => [i, asRecord(p).protocol] as const)
        .find(
          ([, protocol]) =>
            protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(String(protocol)),
        );
      const outOfRange = (v: unknown) => {
        const n = asNumber(v);
        return n === null || !Number.isInteger(n) || n < 1 || n > 65535;
      };
      for (const [i, raw] of asArray(spec.ports).entries()) {
        const port = asRecord(raw);
        const bad = (['port', 'targetPort', 'nodePort'] as const).find((field) =>
          field === 'port'
            ? outOfRange(port.port)
            : port[field] !== undefined &&
              typeof port[field] !== 'string' &&
              outOfRange(port[field]),
        );
        if (bad) {
          return err(
            `Service ${meta.namespace}/${meta.name}: spec.ports[${i}].${bad}: Invalid value: ${JSON.stringify(port[bad] ?? null)}: must be between 1 and 65535, inclusive`,
          );
        }
      }
      if (badProtocol) {
        // The API server refuses such a Service; so does the simulator, with the same words.
        return err(
          `Service ${meta.namespace}/${meta.name}: spec.ports[${badProtocol[0]}].protocol: Unsupported value: ${JSON.stringify(String(badProtocol[1]))}: supported values: "SCTP", "TCP", "UDP"`,
        );
      }
      return ok({
        ...base,
        kind,
        type: (['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)
          ? type
          : 'ClusterIP') as 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName',
        selector: 'selector' in spec ? asStringMap(spec.selector) : null,
        ports: asArray(spec.ports).flatMap((raw) => {
          const port = asRecord(raw);
          const number = asNumber(port.port);
          if (number === null) return [];
          return [
            {
              name: asString(port.name),
              port: number,
              targetPort: asIntOrString(port.targetPort) ?? number,
              nodePort: asInteger(port.nodePort),
              protocol: asString(port.protocol) ?? 'TCP',
            },
          ];
        }),
        externalTrafficPolicy:
          asString(spec.externalTrafficPolicy) === 'Local' ? 'Local' : 'Cluster',
        loadBalancerClass: asString(spec.loadBalancerClass),
        healthCheckNodePort: asInteger(spec.healthCheckNodePort),
        clusterIP: asString(spec.clusterIP),
        ipFamilies: asArray(spec.ipFamilies)
          .map(asString)
          .filter((f): f is string => !!f),
      });
    }
    case 'Ingress':
      return ok({
        ...base,
        kind,
        ingressClassName: asString(spec.ingressClassName),
        defaultBackend: 'defaultBackend' in spec ? readBackend(spec.defaultBackend) : null,
        rules: asArray(spec.rules).map((raw) => {
          const rule = asRecord(raw);
          const http = 'http' in rule ? asRecord(rule.http) : null;
          return {
            host: asString(rule.host) ?? '',
            paths: http
              ? asArray(http.paths).map((rawPath) => {
                  const path = asRecord(rawPath);
                  return {
                    path: asString(path.path) ?? '',
                    pathType: asString(path.pathType),
                    backend: readBackend(path.backend),
                  };
                })
              : null,
          };
        }),
        tls: asArray(spec.tls).map((raw) => {
          const tls = asRecord(raw);
          return {
            hosts: asArray(tls.hosts)
              .map(asString)
              .filter((h): h is string => !!h),
            secretName: asString(tls.secretName),
          };
        }),
      });
    case 'IngressClass': {
      const parameters = 'parameters' in spec ? asRecord(spec.parameters) : null;
      return ok({
        ...base,
        kind,
        controller: asString(spec.controller) ?? '',
        isDefault: meta.annotations['ingressclass.kubernetes.io/is-default-class'] === 'true',
        parameters: parameters
          ? {
              apiGroup: asString(parameters.apiGroup),
              kind: asString(parameters.kind) ?? '',
              name: asString(parameters.name) ?? '',
            }
          : null,
      });
    }
    case 'IngressClassParams':
      return ok({ ...base, kind, spec: readClassParamsSpec(spec) });
    case 'Deployment': {
      const template = asRecord(spec.template);
      const selector = asRecord(spec.selector);
      return ok({
        ...base,
        kind,
        replicas: asNumber(spec.replicas) ?? 1,
        selector: asStringMap(selector.matchLabels),
        templateLabels: asStringMap(asRecord(template.metadata).labels),
        containerPorts: readContainerPorts(asRecord(template.spec)),
        preStopSeconds: readPreStopSeconds(asRecord(template.spec)),
        terminationGracePeriodSeconds:
          asNumber(asRecord(template.spec).terminationGracePeriodSeconds) ?? 30,
        maxSurge: asIntOrString(asRecord(asRecord(spec.strategy).rollingUpdate).maxSurge) ?? '25%',
        maxUnavailable:
          asIntOrString(asRecord(asRecord(spec.strategy).rollingUpdate).maxUnavailable) ?? '25%',
      });
    }
    case 'ServiceAccount':
    case 'Namespace':
      return ok({ ...base, kind });
    case 'SimulatorSettings':
      return ok({ ...base, kind, spec });
    default:
      return err(`unknown kind ${kind}`);
  }
}
