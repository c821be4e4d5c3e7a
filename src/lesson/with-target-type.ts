import type { KubernetesObject } from '../simulator/index.ts';
import type { TargetMode } from './chapters.ts';

const INGRESS_TARGET_TYPE = 'alb.ingress.kubernetes.io/target-type';
const NLB_TARGET_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type';

/** The annotation that sets an object's target type, if the controller reads one on it. */
function targetTypeAnnotation(object: KubernetesObject): string | null {
  if (object.kind === 'Ingress') return INGRESS_TARGET_TYPE;
  if (object.kind === 'Service' && NLB_TARGET_TYPE in object.meta.annotations)
    return NLB_TARGET_TYPE;
  return null;
}

function annotateRaw(raw: unknown, key: string, value: string): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const record = raw as Record<string, unknown>;
  const metadata = (record.metadata ?? {}) as Record<string, unknown>;
  const annotations = (metadata.annotations ?? {}) as Record<string, unknown>;
  return { ...record, metadata: { ...metadata, annotations: { ...annotations, [key]: value } } };
}

/**
 * One scenario read in either mode: every Ingress (and every Service that already names an NLB
 * target type) gets the mode as its target type, in the typed object and in the manifest the
 * inspector shows, so the YAML on screen is the YAML the simulator ran.
 */
export function withTargetType(
  objects: readonly KubernetesObject[],
  mode: TargetMode,
): KubernetesObject[] {
  return objects.map((object) => {
    const key = targetTypeAnnotation(object);
    if (!key) return object;
    return {
      ...object,
      meta: { ...object.meta, annotations: { ...object.meta.annotations, [key]: mode } },
      raw: annotateRaw(object.raw, key, mode),
    } as KubernetesObject;
  });
}
