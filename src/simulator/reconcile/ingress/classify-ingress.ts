import type {
  IngressClassObject,
  IngressClassParamsObject,
  IngressObject,
} from '../../kubernetes/objects.ts';
import type { World } from '../../world/world.ts';
import { matchesSelector } from '../../world/expand-deployments.ts';

export const ALB_CONTROLLER = 'ingress.k8s.aws/alb';
const PARAMS_API_GROUP = 'elbv2.k8s.aws';

export interface ClassConfig {
  ingressClass: IngressClassObject | null;
  params: IngressClassParamsObject | null;
}

export type Classification =
  | { kind: 'mine'; classConfig: ClassConfig }
  | { kind: 'ignored' }
  /**
   * The controller records `FailedLoadGroupID` with this error. `blocksAllGroups`: an error that
   * is not an invalid class or group stops every group's load, since each load lists every Ingress.
   */
  | { kind: 'invalid'; error: string; blocksAllGroups?: boolean };

const INVALID_CLASS = 'invalid ingress class';

/** §1.2: the class annotation beats ingressClassName; the IngressClass's controller decides. */
export function classifyIngress(world: World, ing: IngressObject): Classification {
  const flag = world.settings.flags.ingressClass;
  const annotation = ing.meta.annotations['kubernetes.io/ingress.class'];
  if (annotation !== undefined) {
    const matches = (flag === '' && annotation === 'alb') || annotation === flag;
    return matches
      ? { kind: 'mine', classConfig: { ingressClass: null, params: null } }
      : { kind: 'ignored' };
  }

  let className = ing.ingressClassName;
  if (className === null) {
    const defaults = world.ingressClasses.filter((c) => c.isDefault);
    if (defaults.length > 1) {
      return {
        kind: 'invalid',
        error: 'multiple default IngressClasses found',
        blocksAllGroups: true,
      };
    }
    if (defaults.length === 0) {
      return flag === ''
        ? { kind: 'mine', classConfig: { ingressClass: null, params: null } }
        : { kind: 'ignored' };
    }
    className = defaults[0]!.meta.name;
  }

  const ingressClass = world.ingressClasses.find((c) => c.meta.name === className);
  if (!ingressClass) {
    return {
      kind: 'invalid',
      error: `${INVALID_CLASS}: ingressclasses.networking.k8s.io ${JSON.stringify(className)} not found`,
    };
  }
  if (ingressClass.controller !== ALB_CONTROLLER) return { kind: 'ignored' };
  if (!ingressClass.parameters)
    return { kind: 'mine', classConfig: { ingressClass, params: null } };

  const ref = ingressClass.parameters;
  if (ref.apiGroup !== PARAMS_API_GROUP || ref.kind !== 'IngressClassParams') {
    return {
      kind: 'invalid',
      error: `${INVALID_CLASS}: IngressClass ${ingressClass.meta.name} references unknown parameters`,
    };
  }
  const params = world.ingressClassParams.find((p) => p.meta.name === ref.name);
  if (!params) {
    return {
      kind: 'invalid',
      error: `${INVALID_CLASS}: ingressclassparams.elbv2.k8s.aws ${JSON.stringify(ref.name)} not found`,
    };
  }
  const selector = params.spec.namespaceSelector?.matchLabels;
  if (selector) {
    const namespace = world.namespaces.find((n) => n.meta.name === ing.meta.namespace);
    const labels = {
      'kubernetes.io/metadata.name': ing.meta.namespace,
      ...(namespace?.meta.labels ?? {}),
    };
    if (!matchesSelector(selector, labels)) {
      return {
        kind: 'invalid',
        error: `${INVALID_CLASS}: namespaceSelector of IngressClassParams ${params.meta.name} mismatch`,
      };
    }
  }
  return { kind: 'mine', classConfig: { ingressClass, params } };
}
