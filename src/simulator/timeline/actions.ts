import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { asNumber, asRecord, asString } from '../kubernetes/fields.ts';
import type { ManifestError } from '../kubernetes/parse-manifests.ts';
import { err, ok, type Result } from '../util/result.ts';

/** A what-if, applied at a virtual time. Its consequences flow only through the simulation. */
export type SimAction = { atMs: number } & (
  | { type: 'apply'; manifests: string }
  | { type: 'delete'; kind: string; namespace: string; name: string }
  | { type: 'scale'; deployment: string; replicas: number }
  | {
      type: 'rolling-update';
      deployment: string;
      maxSurge?: number | string;
      maxUnavailable?: number | string;
      preStopSeconds?: number;
    }
  | { type: 'enable-readiness-gates'; namespace: string }
  | { type: 'delete-pod'; pod: string }
  | { type: 'node-not-ready'; node: string }
  | { type: 'drain-node'; node: string }
  | { type: 'set-target-type'; ingress: string; targetType: 'instance' | 'ip' }
  | { type: 'set-external-traffic-policy'; service: string; policy: 'Cluster' | 'Local' }
  | { type: 'break-health-check'; service: string }
  | { type: 'break-irsa'; failure: 'trust' | 'permission' | 'oidc' }
  | { type: 'traffic'; url: string; rps: number; durationMs: number }
  | { type: 'controller-down' }
  | { type: 'controller-up' }
);

/** "90s", "2m", "1500ms" or a number of milliseconds. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const text = asString(value)?.trim();
  const match = text ? /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text) : null;
  if (!match) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 'ms'] ?? 1;
  return Math.round(Number(match[1]) * unit);
}

type Raw = Record<string, unknown>;
type Reader = (
  value: unknown,
) => Result<SimAction extends infer A ? (A extends SimAction ? Omit<A, 'atMs'> : never) : never>;

const text = (v: unknown, what: string): Result<string> => {
  const s = asString(v);
  return s ? ok(s) : err(`${what} must be a string`);
};

const READERS: Record<string, Reader> = {
  apply: (v) =>
    typeof v === 'string'
      ? ok({ type: 'apply', manifests: v })
      : err('apply takes the manifests as a YAML string (use |)'),
  delete: (v) => {
    const r = asRecord(v);
    const kind = asString(r.kind);
    const name = asString(r.name);
    return kind && name
      ? ok({ type: 'delete', kind, name, namespace: asString(r.namespace) ?? 'default' })
      : err('delete needs kind and name');
  },
  scale: (v) => {
    const r = asRecord(v);
    const replicas = asNumber(r.replicas);
    const deployment = asString(r.deployment);
    return deployment && replicas !== null && replicas >= 0
      ? ok({ type: 'scale', deployment, replicas })
      : err('scale needs deployment and replicas ≥ 0');
  },
  rollingUpdate: (v) => {
    const r = asRecord(v);
    const deployment = asString(r.deployment);
    if (!deployment) return err('rollingUpdate needs deployment');
    const preStop = asNumber(r.preStopSeconds);
    return ok({
      type: 'rolling-update',
      deployment,
      ...(r.maxSurge !== undefined
        ? { maxSurge: (asNumber(r.maxSurge) ?? asString(r.maxSurge) ?? '25%') as number | string }
        : {}),
      ...(r.maxUnavailable !== undefined
        ? {
            maxUnavailable: (asNumber(r.maxUnavailable) ?? asString(r.maxUnavailable) ?? '25%') as
              number | string,
          }
        : {}),
      ...(preStop !== null ? { preStopSeconds: preStop } : {}),
    });
  },
  enableReadinessGates: (v) => {
    const r = text(v, 'enableReadinessGates (a namespace)');
    return r.ok ? ok({ type: 'enable-readiness-gates', namespace: r.value }) : r;
  },
  deletePod: (v) => {
    const r = text(v, 'deletePod (namespace/name)');
    return r.ok
      ? ok({ type: 'delete-pod', pod: r.value.includes('/') ? r.value : `default/${r.value}` })
      : r;
  },
  nodeNotReady: (v) => {
    const r = text(v, 'nodeNotReady (a node name)');
    return r.ok ? ok({ type: 'node-not-ready', node: r.value }) : r;
  },
  drainNode: (v) => {
    const r = text(v, 'drainNode (a node name)');
    return r.ok ? ok({ type: 'drain-node', node: r.value }) : r;
  },
  setTargetType: (v) => {
    const r = asRecord(v);
    const ingress = asString(r.ingress);
    const targetType = asString(r.targetType);
    return ingress && (targetType === 'ip' || targetType === 'instance')
      ? ok({ type: 'set-target-type', ingress, targetType })
      : err('setTargetType needs ingress and targetType instance|ip');
  },
  setExternalTrafficPolicy: (v) => {
    const r = asRecord(v);
    const service = asString(r.service);
    const policy = asString(r.policy);
    return service && (policy === 'Cluster' || policy === 'Local')
      ? ok({ type: 'set-external-traffic-policy', service, policy })
      : err('setExternalTrafficPolicy needs service and policy Cluster|Local');
  },
  breakHealthCheck: (v) => {
    const service = asString(asRecord(v).service) ?? asString(v);
    return service
      ? ok({ type: 'break-health-check', service })
      : err('breakHealthCheck needs service');
  },
  breakIrsa: (v) => {
    const failure = asString(v) ?? asString(asRecord(v).failure);
    return failure === 'trust' || failure === 'permission' || failure === 'oidc'
      ? ok({ type: 'break-irsa', failure })
      : err('breakIrsa is trust, permission or oidc');
  },
  controllerDown: (v) =>
    v === true ? ok({ type: 'controller-down' }) : err('controllerDown takes true'),
  controllerUp: (v) =>
    v === true ? ok({ type: 'controller-up' }) : err('controllerUp takes true'),
  traffic: (v) => {
    const r = asRecord(v);
    const url = asString(r.url);
    const rps = asNumber(r.rps) ?? (typeof r.rps === 'number' ? r.rps : null);
    const durationMs = parseDuration(r.duration ?? '60s');
    return url && rps !== null && rps > 0 && durationMs !== null
      ? ok({ type: 'traffic', url, rps, durationMs })
      : err('traffic needs url, rps > 0 and duration');
  },
};

/** Reads an actions file (see README): a list, or `actions:` holding one; errors carry a line. */
export function parseActions(source: {
  name: string;
  text: string;
}): Result<SimAction[], ManifestError> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter });
  const fail = (offset: number | undefined, message: string): Result<never, ManifestError> =>
    err({
      file: source.name,
      document: 1,
      line: offset === undefined ? 1 : lineCounter.linePos(offset).line,
      message,
    });
  if (doc.errors[0])
    return fail(doc.errors[0].pos[0], `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const root = isMap(doc.contents) ? doc.contents.get('actions', true) : doc.contents;
  if (root === null || root === undefined) return ok([]);
  if (!isSeq(root)) return fail(undefined, 'actions must be a list');
  const actions: SimAction[] = [];
  for (const item of root.items) {
    const offset = (item as { range?: number[] }).range?.[0];
    const raw = (item as { toJSON?: () => unknown }).toJSON?.() as Raw | undefined;
    if (!raw || typeof raw !== 'object') return fail(offset, 'each action is a mapping');
    const atMs = parseDuration(raw.at ?? 0);
    if (atMs === null)
      return fail(
        offset,
        `at: ${JSON.stringify(raw.at)} is not a time (use 30s, 2m or milliseconds)`,
      );
    const names = Object.keys(raw).filter((k) => k !== 'at');
    const name = names[0];
    const reader = name ? READERS[name] : undefined;
    if (names.length !== 1 || !reader)
      return fail(
        offset,
        `unknown action ${names.join(', ') || '(none)'}; expected one of ${Object.keys(READERS).join(', ')}`,
      );
    const action = reader(raw[name!]);
    if (!action.ok) return fail(offset, action.error);
    actions.push({ ...action.value, atMs } as SimAction);
  }
  return ok(actions.sort((a, b) => a.atMs - b.atMs));
}
