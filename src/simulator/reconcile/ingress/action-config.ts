import { err, ok, type Result } from '../../util/result.ts';
import { jsonField } from '../annotations.ts';

/** A target of a forward action before target groups are built. */
export type ForwardTarget =
  | { kind: 'service'; serviceName: string; servicePort: number | string; weight?: number }
  | { kind: 'arn'; arn: string; weight?: number }
  | { kind: 'name'; name: string; weight?: number };

/** The action a backend asks for (§3.4 `actions.<name>`, or a plain service backend). */
export type ActionConfig =
  | { type: 'fixed-response'; statusCode: string; contentType?: string; messageBody?: string }
  | {
      type: 'redirect';
      statusCode: string;
      protocol?: string;
      port?: string;
      host?: string;
      path?: string;
      query?: string;
    }
  | {
      type: 'forward';
      targets: ForwardTarget[];
      /** The simplified `targetGroupARN`/`targetGroupName` schema, or a plain service backend. */
      simple: boolean;
      stickiness?: { enabled?: boolean; durationSeconds?: number };
    };

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function decodeTarget(raw: unknown): Result<ForwardTarget> {
  const arn = optionalString(jsonField(raw, 'targetGroupARN'));
  const name = optionalString(jsonField(raw, 'targetGroupName'));
  const serviceName = optionalString(jsonField(raw, 'serviceName'));
  const port = jsonField(raw, 'servicePort');
  const weightRaw = jsonField(raw, 'weight');
  const weight = typeof weightRaw === 'number' ? weightRaw : undefined;
  const invalid = (why: string) => err(`invalid ForwardConfig: invalid TargetGroupTuple: ${why}`);
  if (!arn && !name && !serviceName)
    return invalid('missing serviceName or targetGroupARN/targetGroupName');
  if ((arn || name) && serviceName)
    return invalid('either serviceName or targetGroupARN/targetGroupName can be specified');
  if (serviceName && (port === undefined || port === null)) return invalid('missing servicePort');
  if (serviceName) {
    // intstr.Parse of the port's string form: digits become a number (backwards compatibility).
    const text = String(port);
    const servicePort = /^\d+$/.test(text) ? Number(text) : text;
    return ok({
      kind: 'service',
      serviceName,
      servicePort,
      ...(weight !== undefined ? { weight } : {}),
    });
  }
  if (arn) return ok({ kind: 'arn', arn, ...(weight !== undefined ? { weight } : {}) });
  return ok({ kind: 'name', name: name!, ...(weight !== undefined ? { weight } : {}) });
}

/** Decodes and validates an `actions.<name>` JSON value. */
export function decodeActionAnnotation(parsed: unknown): Result<ActionConfig> {
  const type = jsonField(parsed, 'type');
  if (type === 'fixed-response' || type === 'redirect') {
    const key = type === 'fixed-response' ? 'fixedResponseConfig' : 'redirectConfig';
    const label = type === 'fixed-response' ? 'FixedResponseConfig' : 'RedirectConfig';
    const config = jsonField(parsed, key);
    if (config === undefined || config === null) return err(`missing ${label}`);
    const statusCode = optionalString(jsonField(config, 'statusCode')) ?? '';
    if (statusCode.length === 0) return err(`invalid ${label}: statusCode is required`);
    if (type === 'fixed-response') {
      const contentType = optionalString(jsonField(config, 'contentType'));
      const messageBody = optionalString(jsonField(config, 'messageBody'));
      return ok({
        type,
        statusCode,
        ...(contentType !== undefined ? { contentType } : {}),
        ...(messageBody !== undefined ? { messageBody } : {}),
      });
    }
    const out: ActionConfig = { type, statusCode };
    for (const field of ['protocol', 'port', 'host', 'path', 'query'] as const) {
      const value = optionalString(jsonField(config, field));
      if (value !== undefined) out[field] = value;
    }
    return ok(out);
  }
  if (type === 'forward') {
    const arn = optionalString(jsonField(parsed, 'targetGroupARN'));
    const name = optionalString(jsonField(parsed, 'targetGroupName'));
    const forwardConfig = jsonField(parsed, 'forwardConfig');
    const hasConfig = forwardConfig !== undefined && forwardConfig !== null;
    if (!arn && !name && !hasConfig)
      return err('missing ForwardConfig or TargetGroupARN/TargetGroupName');
    if ((arn || name) && hasConfig)
      return err('either ForwardConfig or TargetGroupARN/TargetGroupName can be specified');
    if (!hasConfig) {
      return ok({
        type,
        simple: true,
        targets: [arn ? { kind: 'arn', arn } : { kind: 'name', name: name! }],
      });
    }
    const rawTargets = jsonField(forwardConfig, 'targetGroups');
    const targets: ForwardTarget[] = [];
    for (const raw of Array.isArray(rawTargets) ? rawTargets : []) {
      const target = decodeTarget(raw);
      if (!target.ok) return target;
      targets.push(target.value);
    }
    if (targets.length > 1 && targets.some((t) => t.weight === undefined)) {
      return err('invalid ForwardConfig: weight must be set when route to multiple target groups');
    }
    const stickinessRaw = jsonField(forwardConfig, 'targetGroupStickinessConfig');
    const enabled = jsonField(stickinessRaw, 'enabled');
    const duration = jsonField(stickinessRaw, 'durationSeconds');
    const stickiness =
      stickinessRaw && typeof stickinessRaw === 'object'
        ? {
            ...(typeof enabled === 'boolean' ? { enabled } : {}),
            ...(typeof duration === 'number' ? { durationSeconds: duration } : {}),
          }
        : undefined;
    return ok({ type, simple: false, targets, ...(stickiness ? { stickiness } : {}) });
  }
  return err(`unknown action type: ${typeof type === 'string' ? type : ''}`);
}
