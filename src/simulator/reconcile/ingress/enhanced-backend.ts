import type { PlanPreAction } from '../../aws/plan.ts';
import type { IngressBackend, IngressObject, ServiceObject } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';
import type { World } from '../../world/world.ts';
import { AnnotationReader, mergeServiceFirst } from '../annotations.ts';
import { decodeActionAnnotation, type ActionConfig } from './action-config.ts';
import { decodeAnnotationConditions, type AnnotationCondition } from './annotation-conditions.ts';
import { buildAuthConfig, buildJwtValidation, type AuthConfig } from './auth-config.ts';

/** A path's backend after annotations are applied (the controller's "enhanced backend"). */
export interface EnhancedBackend {
  conditions: AnnotationCondition[];
  action: ActionConfig;
  auth: AuthConfig | null;
  jwt: PlanPreAction | null;
}

const USE_ANNOTATION = 'use-annotation';

const fixed503 = (messageBody: string): ActionConfig => ({
  type: 'fixed-response',
  statusCode: '503',
  contentType: 'text/plain',
  messageBody,
});

/**
 * §3.4 and §4.3: conditions and actions from annotations, backend Services loaded (a missing
 * single Service is tolerated as a 503), auth settings merged with the Service's.
 */
export function buildEnhancedBackend(
  world: World,
  ing: IngressObject,
  backend: IngressBackend,
): Result<EnhancedBackend> {
  if (!backend.service) return err('missing required "service" field');
  const serviceName = backend.service.name;
  const reader = new AnnotationReader(ing.meta.annotations);
  const flags = world.settings.flags;

  const rawConditions = reader.json(`conditions.${serviceName}`);
  if (!rawConditions.ok) return rawConditions;
  const conditions = decodeAnnotationConditions(rawConditions.value);
  if (!conditions.ok) return conditions;

  let action: ActionConfig;
  if (backend.service.port.name === USE_ANNOTATION) {
    const raw = reader.json(`actions.${serviceName}`);
    if (!raw.ok) return raw;
    if (raw.value === undefined) {
      if (!flags.tolerateNonExistentBackendAction)
        return err(`missing actions.${serviceName} configuration`);
      action = fixed503('Backend action does not exist');
    } else {
      const decoded = decodeActionAnnotation(raw.value);
      if (!decoded.ok) return decoded;
      action = decoded.value;
    }
  } else {
    const port = backend.service.port.name || backend.service.port.number || 0;
    action = {
      type: 'forward',
      simple: true,
      targets: [{ kind: 'service', serviceName, servicePort: port }],
    };
  }

  let singleService: ServiceObject | null = null;
  if (action.type === 'forward') {
    const names = [
      ...new Set(action.targets.flatMap((t) => (t.kind === 'service' ? [t.serviceName] : []))),
    ];
    const tolerate =
      flags.tolerateNonExistentBackendService && action.targets.length === 1 && names.length === 1;
    for (const name of names.sort()) {
      const svc = world.services.find(
        (s) => s.meta.namespace === ing.meta.namespace && s.meta.name === name,
      );
      if (!svc) {
        if (tolerate) {
          action = fixed503('Backend service does not exist');
          break;
        }
        return err(`services ${JSON.stringify(name)} not found`);
      }
      if (action.targets.length === 1) singleService = svc;
    }
  }

  const authAnnotations = singleService
    ? mergeServiceFirst(singleService.meta.annotations, ing.meta.annotations)
    : ing.meta.annotations;
  const auth = buildAuthConfig(authAnnotations);
  if (!auth.ok) return auth;
  const jwt = buildJwtValidation(ing.meta.annotations);
  if (!jwt.ok) return jwt;
  return ok({ conditions: conditions.value, action, auth: auth.value, jwt: jwt.value });
}
