import type {
  PlanAction,
  PlanCondition,
  PlanPreAction,
  PlanTargetGroup,
} from '../../../simulator/index.ts';

/** Plan actions and conditions in the shape `aws elbv2 describe-rules` prints them. */
export type TargetGroupArnOf = (targetGroupId: string) => string;

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function cliPreAction(action: PlanPreAction): Record<string, unknown> {
  if (action.type === 'jwt-validation')
    return {
      Type: action.type,
      JwtValidationConfig: { JwksEndpoint: action.jwksEndpoint, Issuer: action.issuer },
    };
  const config = {
    ...action.config,
    Scope: action.scope,
    SessionCookieName: action.sessionCookieName,
    SessionTimeout: action.sessionTimeout,
    OnUnauthenticatedRequest: action.onUnauthenticatedRequest,
  };
  return action.type === 'authenticate-oidc'
    ? { Type: action.type, AuthenticateOidcConfig: config }
    : { Type: action.type, AuthenticateCognitoConfig: config };
}

function cliAction(action: PlanAction, arnOf: TargetGroupArnOf): Record<string, unknown> {
  switch (action.type) {
    case 'forward': {
      if ('targetGroup' in action)
        return {
          Type: 'forward',
          TargetGroupArn: arnOf(action.targetGroup),
          ForwardConfig: {
            TargetGroups: [{ TargetGroupArn: arnOf(action.targetGroup), Weight: 1 }],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        };
      return {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: action.targetGroups.map((tg) => ({
            TargetGroupArn: arnOf(tg.id),
            Weight: tg.weight ?? 1,
          })),
          TargetGroupStickinessConfig: defined({
            Enabled: action.stickiness?.enabled ?? false,
            DurationSeconds: action.stickiness?.durationSeconds,
          }),
        },
      };
    }
    case 'fixed-response':
      return {
        Type: 'fixed-response',
        FixedResponseConfig: defined({
          MessageBody: action.messageBody,
          StatusCode: action.statusCode,
          ContentType: action.contentType,
        }),
      };
    case 'redirect':
      return {
        Type: 'redirect',
        RedirectConfig: {
          Protocol: action.protocol ?? '#{protocol}',
          Port: action.port ?? '#{port}',
          Host: action.host ?? '#{host}',
          Path: action.path ?? '/#{path}',
          Query: action.query ?? '#{query}',
          StatusCode: action.statusCode,
        },
      };
  }
}

/** The actions of a rule or a listener's default, numbered when there is more than one. */
export function cliActions(
  action: PlanAction,
  preActions: readonly PlanPreAction[] | undefined,
  arnOf: TargetGroupArnOf,
): Record<string, unknown>[] {
  const all = [...(preActions ?? []).map(cliPreAction), cliAction(action, arnOf)];
  return all.length === 1 ? all : all.map((a, i) => ({ ...a, Order: i + 1 }));
}

const configName: Readonly<Record<PlanCondition['field'], string>> = {
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'http-header': 'HttpHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'query-string': 'QueryStringConfig',
  'source-ip': 'SourceIpConfig',
};

export function cliCondition(condition: PlanCondition): Record<string, unknown> {
  const regex = condition.regexValues?.length ? { RegexValues: condition.regexValues } : {};
  const config =
    condition.field === 'query-string'
      ? {
          Values: condition.values.map((pair) => {
            const at = pair.indexOf('=');
            return at < 0 ? { Value: pair } : { Key: pair.slice(0, at), Value: pair.slice(at + 1) };
          }),
        }
      : condition.field === 'http-header'
        ? { HttpHeaderName: condition.httpHeaderName ?? '', Values: condition.values, ...regex }
        : { Values: condition.values, ...regex };
  const plain = condition.field === 'host-header' || condition.field === 'path-pattern';
  return {
    Field: condition.field,
    ...(plain && condition.values.length > 0 ? { Values: condition.values } : {}),
    [configName[condition.field]]: config,
  };
}

/** The load balancers whose listeners or rules forward to `tg`. */
export const forwardsTo = (action: PlanAction, tg: PlanTargetGroup): boolean =>
  action.type === 'forward' &&
  ('targetGroup' in action
    ? action.targetGroup === tg.id
    : action.targetGroups.some((t) => t.id === tg.id));
