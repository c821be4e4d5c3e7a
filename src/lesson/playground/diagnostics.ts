import type { ManifestError, Plan, World } from '../../simulator/index.ts';
import { isUnknownAnnotation } from './known-annotations.ts';
import { TextLocator, type ObjectPlace } from './locate.ts';

/** What a finding is about; the page explains each code and links the chapter that teaches it. */
export const diagnosticCodes = [
  'yaml',
  'unreadable',
  'too-large',
  'too-deep',
  'unknown-kind',
  'unknown-annotation',
  'target-type',
  'instance-clusterip',
  'service-port',
  'group-conflict',
  'ingress-class',
  'unclaimed',
  'irsa',
  'webhook',
  'reconcile',
] as const;
export type DiagnosticCode = (typeof diagnosticCodes)[number];

/** One finding at one line of the reader's manifests (1-based). */
export interface Diagnostic {
  line: number;
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  /** The parser's or the controller's own words (shown as text, never markup). */
  message: string;
  /** `<Kind> <ns>/<name>` when the finding is about one object. */
  object?: string;
}

const ANNOTATIONS = ['metadata', 'annotations'] as const;
const ann = (suffix: string) => [...ANNOTATIONS, `alb.ingress.kubernetes.io/${suffix}`];

/** Unreadable input: the parser's errors, each at its line (clamped to the reader's text). */
export function inputDiagnostics(
  errors: readonly ManifestError[],
  lineCount: number,
): Diagnostic[] {
  return errors.map((e) => ({
    line: Math.min(Math.max(1, e.line), Math.max(1, lineCount)),
    severity: 'error',
    code: e.message.startsWith('invalid YAML') ? 'yaml' : 'unreadable',
    message: e.message,
  }));
}

interface Placed {
  kind: string;
  key: string;
  place: ObjectPlace;
  annotations: Readonly<Record<string, string>>;
}

/** Every object the reader wrote, by `<Kind> <ns>/<name>` (assumed objects have no line). */
export function objectsOf(world: World, lineCount: number): Map<string, Placed> {
  const all = [
    ...world.ingresses,
    ...world.services,
    ...world.deployments,
    ...world.pods,
    ...world.nodes,
    ...world.ingressClasses,
    ...world.ingressClassParams,
    ...world.serviceAccounts,
    ...world.namespaces,
  ];
  const placed = new Map<string, Placed>();
  for (const o of all) {
    if (o.source.line < 1 || o.source.line > lineCount) continue;
    const key = o.meta.namespace ? `${o.meta.namespace}/${o.meta.name}` : o.meta.name;
    const name = `${o.kind} ${key}`;
    if (!placed.has(name))
      placed.set(name, { kind: o.kind, key, place: o.source, annotations: o.meta.annotations });
  }
  return placed;
}

/** The line a controller error points at: the annotation or field it is about, else the name. */
function errorLine(
  locator: TextLocator,
  object: Placed,
  message: string,
): { code: DiagnosticCode; line: number | null } {
  const at = (...paths: (readonly string[])[]) => {
    for (const path of paths) {
      const line = locator.keyLine(object.place, path);
      if (line !== null) return line;
    }
    return null;
  };
  if (/unknown targetType/i.test(message))
    return { code: 'target-type', line: at(ann('target-type')) };
  if (/TargetGroup port is empty/.test(message))
    return { code: 'instance-clusterip', line: at(ann('target-type')) };
  const port = /unable to find port (\S+) on service/.exec(message);
  if (port) {
    const wanted = port[1];
    const line = locator.findLine(
      object.place,
      (path, value) => value === wanted && path.includes('backend') && path.at(-2) === 'port',
    );
    return { code: 'service-port', line };
  }
  const conflict = /conflicting (\S+?):/.exec(message);
  if (conflict) {
    const field = conflict[1] ?? '';
    return { code: 'group-conflict', line: at(ann(field), ann('group.name')) };
  }
  if (/ingress group|group order|group\.order/i.test(message))
    return { code: 'group-conflict', line: at(ann('group.order'), ann('group.name')) };
  if (/ingress ?class/i.test(message))
    return {
      code: 'ingress-class',
      line: at(['spec', 'ingressClassName'], [...ANNOTATIONS, 'kubernetes.io/ingress.class']),
    };
  if (/AssumeRoleWithWebIdentity|InvalidIdentityToken|not authorized|AccessDenied/.test(message))
    return { code: 'irsa', line: null };
  if (/webhook/i.test(message)) return { code: 'webhook', line: null };
  return { code: 'reconcile', line: null };
}

/**
 * What the controller would say about the reader's objects, each at the line it is about: its
 * reconcile errors, the annotations it would never read, the kinds it ignores, and Ingresses no
 * controller claims.
 */
export function planDiagnostics(
  text: string,
  world: World,
  plan: Plan,
  parseNotes: readonly string[],
): Diagnostic[] {
  const lineCount = text.split('\n').length;
  const locator = new TextLocator(text);
  const objects = objectsOf(world, lineCount);
  const out: Diagnostic[] = [];
  const nameLine = (o: Placed) => locator.keyLine(o.place, ['metadata', 'name']) ?? o.place.line;

  for (const error of plan.errors) {
    const object = objects.get(error.object);
    if (!object) {
      out.push({
        line: 1,
        severity: 'error',
        code: 'reconcile',
        message: `${error.object}: ${error.message}`,
        object: error.object,
      });
      continue;
    }
    const { code, line } = errorLine(locator, object, error.message);
    out.push({
      line: line ?? nameLine(object),
      severity: 'error',
      code,
      message: error.message,
      object: error.object,
    });
  }

  for (const [name, o] of objects) {
    if (o.kind !== 'Ingress' && o.kind !== 'Service') continue;
    for (const key of Object.keys(o.annotations)) {
      if (!isUnknownAnnotation(o.kind, key)) continue;
      out.push({
        line: locator.keyLine(o.place, [...ANNOTATIONS, key]) ?? o.place.line,
        severity: 'warning',
        code: 'unknown-annotation',
        message: key,
        object: name,
      });
    }
  }

  const claimed = new Set(plan.loadBalancers.flatMap((lb) => lb.sources));
  const failed = new Set(plan.errors.map((e) => e.object));
  for (const [name, o] of objects) {
    if (o.kind !== 'Ingress' || claimed.has(name) || failed.has(name)) continue;
    const line =
      locator.keyLine(o.place, ['spec', 'ingressClassName']) ??
      locator.keyLine(o.place, [...ANNOTATIONS, 'kubernetes.io/ingress.class']) ??
      nameLine(o);
    out.push({ line, severity: 'warning', code: 'unclaimed', message: name, object: name });
  }

  for (const note of parseNotes) {
    const found = /line (\d+): kind (.+) is not simulated/.exec(note);
    if (found)
      out.push({
        line: Number(found[1]),
        severity: 'warning',
        code: 'unknown-kind',
        message: found[2] ?? '',
      });
  }
  return out.sort((a, b) => a.line - b.line);
}
