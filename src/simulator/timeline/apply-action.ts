import type { IngressObject, KubernetesObject, ServiceObject } from '../kubernetes/objects.ts';
import { parseManifests } from '../kubernetes/parse-manifests.ts';
import type { SimAction } from './actions.ts';
import { enqueueAllStacks } from './controller.ts';
import {
  admit,
  controllerDown,
  controllerPodDeleted,
  controllerUp,
} from './controller-availability.ts';
import { reconcileDeployments } from './deployments.ts';
import { terminatePod } from './pods.ts';
import { emit, say, type Sim } from './sim.ts';
import { startTraffic } from './traffic.ts';
import { drainNode, nodeFails } from './nodes.ts';
import { READINESS_GATE_LABEL } from './watch.ts';

const key = (o: { meta: { namespace: string; name: string } }) =>
  `${o.meta.namespace}/${o.meta.name}`;

function watch(
  sim: Sim,
  verb: 'ADDED' | 'MODIFIED' | 'DELETED',
  object: KubernetesObject | null,
  before: KubernetesObject | null,
): void {
  const o = object ?? before!;
  const name = o.meta.namespace ? key(o) : o.meta.name;
  emit(
    sim,
    {
      kind: 'watch',
      verb,
      object: name,
      objectKind: o.kind,
      before: before?.raw ?? null,
      after: object?.raw ?? null,
    },
    say('watch.event', { verb, kind: o.kind, object: name }),
    [`${o.kind.toLowerCase()}:${name}`, 'apiserver', 'controller'],
  );
}

function upsertIngress(sim: Sim, ingress: IngressObject): void {
  const before = sim.current.ingresses.find((i) => key(i) === key(ingress)) ?? null;
  sim.current = {
    ...sim.current,
    ingresses: [...sim.current.ingresses.filter((i) => key(i) !== key(ingress)), ingress],
  };
  sim.version++;
  watch(sim, before ? 'MODIFIED' : 'ADDED', ingress, before);
}

function upsertService(sim: Sim, svc: ServiceObject): void {
  const before = sim.services.get(key(svc)) ?? null;
  sim.services.set(key(svc), svc);
  sim.version++;
  watch(sim, before ? 'MODIFIED' : 'ADDED', svc, before);
}

function annotateIngress(sim: Sim, ingressKey: string, annotation: string, value: string): void {
  const ingress = sim.current.ingresses.find((i) => key(i) === ingressKey);
  if (ingress)
    upsertIngress(sim, {
      ...ingress,
      meta: { ...ingress.meta, annotations: { ...ingress.meta.annotations, [annotation]: value } },
    });
}

/** Apply one what-if to the cluster (or AWS); the controller reacts through its watches. */
export function applyAction(sim: Sim, action: SimAction): void {
  emit(
    sim,
    { kind: 'action', action: action.type },
    say(`action.${action.type}`, describe(action)),
    focusOf(action),
  );
  switch (action.type) {
    case 'apply': {
      const parsed = parseManifests([{ name: 'action', text: action.manifests }]);
      if (!parsed.ok) return;
      let admitted = 0;
      for (const object of parsed.value.objects) {
        if (object.kind === 'Ingress') {
          const exists = sim.current.ingresses.some((i) => key(i) === key(object));
          if (!admit(sim, object, exists ? 'UPDATE' : 'CREATE')) continue;
          upsertIngress(sim, object);
          admitted++;
        } else if (object.kind === 'Service') {
          if (!admit(sim, object, sim.services.has(key(object)) ? 'UPDATE' : 'CREATE')) continue;
          upsertService(sim, object);
          admitted++;
        }
      }
      if (admitted > 0) enqueueAllStacks(sim, 'objects applied');
      return;
    }
    case 'delete': {
      const target = `${action.namespace}/${action.name}`;
      if (action.kind === 'Ingress') {
        const before = sim.current.ingresses.find((i) => key(i) === target);
        if (!before) return;
        sim.current = {
          ...sim.current,
          ingresses: sim.current.ingresses.filter((i) => key(i) !== target),
        };
        sim.version++;
        watch(sim, 'DELETED', null, before);
      } else if (action.kind === 'Service') {
        const before = sim.services.get(target);
        if (!before) return;
        sim.services.delete(target);
        sim.version++;
        watch(sim, 'DELETED', null, before);
      }
      enqueueAllStacks(sim, `${action.kind} ${target} deleted`);
      return;
    }
    case 'scale': {
      const dep = sim.deployments.get(action.deployment);
      if (!dep) return;
      dep.replicas = action.replicas;
      reconcileDeployments(sim);
      return;
    }
    case 'rolling-update': {
      const dep = sim.deployments.get(action.deployment);
      if (!dep) return;
      dep.revision++;
      if (action.preStopSeconds !== undefined) {
        // The pods (old ones included) carry this preStop sleep, as if it had been configured beforehand.
        dep.preStopSeconds = action.preStopSeconds;
        for (const pod of sim.pods.values()) {
          if (pod.object.generatedFrom === action.deployment)
            pod.object = { ...pod.object, preStopSeconds: action.preStopSeconds };
        }
      }
      dep.object = {
        ...dep.object,
        ...(action.maxSurge !== undefined ? { maxSurge: action.maxSurge } : {}),
        ...(action.maxUnavailable !== undefined ? { maxUnavailable: action.maxUnavailable } : {}),
      };
      reconcileDeployments(sim);
      return;
    }
    case 'enable-readiness-gates': {
      const existing = sim.current.namespaces.find((n) => n.meta.name === action.namespace);
      const base = existing ?? {
        kind: 'Namespace' as const,
        meta: {
          name: action.namespace,
          namespace: '',
          uid: '',
          labels: {},
          annotations: {},
          deletionTimestamp: null,
          finalizers: [],
        },
        source: { file: 'action', document: 0, line: 0 },
        raw: null,
      };
      const updated = {
        ...base,
        meta: { ...base.meta, labels: { ...base.meta.labels, [READINESS_GATE_LABEL]: 'enabled' } },
      };
      sim.current = {
        ...sim.current,
        namespaces: [
          ...sim.current.namespaces.filter((n) => n.meta.name !== action.namespace),
          updated,
        ],
      };
      return;
    }
    case 'delete-pod': {
      const pod = sim.pods.get(action.pod);
      if (pod) terminatePod(sim, pod);
      controllerPodDeleted(sim, action.pod);
      return;
    }
    case 'controller-down':
      controllerDown(sim);
      return;
    case 'controller-up':
      controllerUp(sim);
      return;
    case 'node-not-ready':
      nodeFails(sim, action.node);
      return;
    case 'drain-node':
      drainNode(sim, action.node);
      return;
    case 'set-target-type': {
      const ingress = sim.current.ingresses.find((i) => key(i) === action.ingress);
      if (!ingress || !admit(sim, ingress, 'UPDATE')) return;
      annotateIngress(
        sim,
        action.ingress,
        'alb.ingress.kubernetes.io/target-type',
        action.targetType,
      );
      enqueueAllStacks(sim, `Ingress ${action.ingress} changed`);
      return;
    }
    case 'set-external-traffic-policy': {
      const svc = sim.services.get(action.service);
      if (!svc) return;
      upsertService(sim, { ...svc, externalTrafficPolicy: action.policy });
      enqueueAllStacks(sim, `Service ${action.service} changed`);
      return;
    }
    case 'break-health-check':
      sim.brokenHealth.add(action.service);
      return;
    case 'break-irsa':
      sim.aws.irsaFailure = action.failure;
      if (action.failure === 'trust' || action.failure === 'oidc')
        sim.controller.credentials = false;
      enqueueAllStacks(sim, 'credentials refresh');
      return;
    case 'traffic':
      startTraffic(sim, action.url, action.rps, action.durationMs);
      return;
  }
}

function describe(action: SimAction): Record<string, string | number> {
  const { atMs: _atMs, type: _type, ...rest } = action;
  return Object.fromEntries(
    Object.entries(rest)
      .filter(([k]) => k !== 'manifests')
      .map(([k, v]) => [k, String(v)]),
  );
}

/**
 * What a what-if acts on, as diagram ids: the objects it applies or deletes, the workload, pod,
 * node, Ingress or Service it names, the controller; the client only for what the client does
 * (traffic) or what names nothing drawn.
 */
function focusOf(action: SimAction): string[] {
  if (action.type === 'controller-down' || action.type === 'controller-up') return ['controller'];
  if (action.type === 'apply') {
    const parsed = parseManifests([{ name: 'action', text: action.manifests }]);
    const applied = parsed.ok
      ? parsed.value.objects
          .filter((o) => o.kind === 'Ingress' || o.kind === 'Service')
          .map((o) => `${o.kind.toLowerCase()}:${key(o)}`)
      : [];
    if (applied.length > 0) return applied;
  }
  if (action.type === 'delete' && (action.kind === 'Ingress' || action.kind === 'Service'))
    return [`${action.kind.toLowerCase()}:${action.namespace}/${action.name}`];
  if ('deployment' in action) return [`deployment:${action.deployment}`];
  if ('pod' in action) return [`pod:${action.pod}`];
  if ('node' in action) return [`node:${action.node}`];
  if ('ingress' in action) return [`ingress:${action.ingress}`];
  if ('service' in action) return [`service:${action.service}`];
  return ['client'];
}
