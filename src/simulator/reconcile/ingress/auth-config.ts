import type { PlanPreAction } from '../../aws/plan.ts';
import { err, ok, type Result } from '../../util/result.ts';
import { AnnotationReader, jsonField } from '../annotations.ts';

export interface AuthConfig {
  type: 'none' | 'cognito' | 'oidc';
  idp: Record<string, string> | null;
  scope: string;
  sessionCookieName: string;
  sessionTimeout: number;
  onUnauthenticatedRequest: string;
}

const IDP_FIELDS = {
  cognito: ['userPoolARN', 'userPoolClientID', 'userPoolDomain'],
  oidc: ['issuer', 'authorizationEndpoint', 'tokenEndpoint', 'userInfoEndpoint', 'secretName'],
} as const;

function readIdp(
  reader: AnnotationReader,
  type: 'cognito' | 'oidc',
): Result<Record<string, string> | null> {
  const parsed = reader.json(type === 'cognito' ? 'auth-idp-cognito' : 'auth-idp-oidc');
  if (!parsed.ok) return parsed;
  if (parsed.value === undefined) return ok(null);
  const out: Record<string, string> = {};
  for (const field of IDP_FIELDS[type]) {
    const value = jsonField(parsed.value, field);
    if (typeof value === 'string') out[field] = value;
  }
  return ok(out);
}

/** §3.3 `auth-*` annotations (Service values win when the rule forwards to one Service). */
export function buildAuthConfig(annotations: Readonly<Record<string, string>>): Result<AuthConfig> {
  const reader = new AnnotationReader(annotations);
  const type = reader.string('auth-type') ?? 'none';
  if (type !== 'none' && type !== 'cognito' && type !== 'oidc')
    return err(`unknown authType: ${type}`);
  const timeout = reader.int('auth-session-timeout', 64);
  if (!timeout.ok) return timeout;
  const cognito = readIdp(reader, 'cognito');
  if (!cognito.ok) return cognito;
  const oidc = readIdp(reader, 'oidc');
  if (!oidc.ok) return oidc;
  return ok({
    type,
    idp: type === 'cognito' ? cognito.value : type === 'oidc' ? oidc.value : null,
    scope: reader.string('auth-scope') ?? 'openid',
    sessionCookieName: reader.string('auth-session-cookie') ?? 'AWSELBAuthSessionCookie',
    sessionTimeout: timeout.value ?? 604800,
    onUnauthenticatedRequest: reader.string('auth-on-unauthenticated-request') ?? 'authenticate',
  });
}

/** The authenticate action placed before the final action on HTTPS listeners (§4.3). */
export function buildAuthAction(auth: AuthConfig | null): Result<PlanPreAction | null> {
  if (!auth || auth.type === 'none') return ok(null);
  if (!auth.idp)
    return err(auth.type === 'cognito' ? 'missing IDPConfigCognito' : 'missing IDPConfigOIDC');
  return ok({
    type: auth.type === 'cognito' ? 'authenticate-cognito' : 'authenticate-oidc',
    config: auth.idp,
    scope: auth.scope,
    sessionCookieName: auth.sessionCookieName,
    sessionTimeout: auth.sessionTimeout,
    onUnauthenticatedRequest: auth.onUnauthenticatedRequest,
  });
}

/** `jwt-validation` (§3.3): HTTPS only, never together with authentication. */
export function buildJwtValidation(
  annotations: Readonly<Record<string, string>>,
): Result<PlanPreAction | null> {
  const parsed = new AnnotationReader(annotations).json('jwt-validation');
  if (!parsed.ok) return parsed;
  if (parsed.value === undefined) return ok(null);
  const jwksEndpoint = jsonField(parsed.value, 'jwksEndpoint');
  const issuer = jsonField(parsed.value, 'issuer');
  if (typeof jwksEndpoint !== 'string' || !jwksEndpoint)
    return err('jwksEndpoint is a required field for jwt validation');
  if (typeof issuer !== 'string' || !issuer)
    return err('issuer is a required field for jwt validation');
  return ok({ type: 'jwt-validation', jwksEndpoint, issuer });
}
