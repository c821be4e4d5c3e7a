import type { PlanCondition } from '../../aws/plan.ts';
import { err, ok, type Result } from '../../util/result.ts';
import { jsonField } from '../annotations.ts';

/** A `conditions.<name>` entry, decoded and validated as the controller does (§3.4). */
export interface AnnotationCondition {
  field: string;
  values: string[];
  regexValues: string[];
  httpHeaderName?: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const CONFIG_KEY: Record<string, string> = {
  'host-header': 'hostHeaderConfig',
  'path-pattern': 'pathPatternConfig',
  'http-header': 'httpHeaderConfig',
  'http-request-method': 'httpRequestMethodConfig',
  'query-string': 'queryStringConfig',
  'source-ip': 'sourceIPConfig',
};

function decodeOne(raw: unknown): Result<AnnotationCondition | null> {
  const field = jsonField(raw, 'field');
  if (typeof field !== 'string' || !(field in CONFIG_KEY)) return ok(null);
  const configKey = CONFIG_KEY[field]!;
  const config = jsonField(raw, configKey);
  if (config === undefined || config === null) return err(`missing ${configKey}`);
  const values = strings(jsonField(config, 'values'));
  const regexValues = strings(jsonField(config, 'regexValues'));
  const invalid = (why: string) => err(`invalid ${configKey}: ${why}`);

  switch (field) {
    case 'host-header':
    case 'path-pattern':
    case 'http-header':
      if (values.length === 0 && regexValues.length === 0)
        return invalid('values or regexValues must be specified');
      if (values.length > 0 && regexValues.length > 0)
        return invalid('precisely one of values and regexValues can be specified');
      return ok({
        field,
        values,
        regexValues,
        ...(field === 'http-header'
          ? { httpHeaderName: String(jsonField(config, 'httpHeaderName') ?? '') }
          : {}),
      });
    case 'query-string': {
      const pairs = Array.isArray(jsonField(config, 'values'))
        ? (jsonField(config, 'values') as unknown[])
        : [];
      if (pairs.length === 0) return invalid('Values cannot be empty');
      const rendered: string[] = [];
      for (const pair of pairs) {
        const value = jsonField(pair, 'value');
        if (typeof value !== 'string' || value.length === 0)
          return invalid('value cannot be empty');
        const key = jsonField(pair, 'key');
        rendered.push(typeof key === 'string' ? `${key}=${value}` : value);
      }
      return ok({ field, values: rendered, regexValues: [] });
    }
    default:
      if (values.length === 0) return invalid('values cannot be empty');
      return ok({ field, values, regexValues: [] });
  }
}

/** Decodes the JSON list of a `conditions.<name>` annotation. */
export function decodeAnnotationConditions(parsed: unknown): Result<AnnotationCondition[]> {
  if (parsed === undefined || parsed === null) return ok([]);
  if (!Array.isArray(parsed))
    return err('json: cannot unmarshal object into Go value of type []ingress.RuleCondition');
  const out: AnnotationCondition[] = [];
  for (const raw of parsed) {
    const decoded = decodeOne(raw);
    if (!decoded.ok) return decoded;
    if (decoded.value) out.push(decoded.value);
  }
  return ok(out);
}

export const toPlanCondition = (c: AnnotationCondition): PlanCondition => ({
  field: c.field as PlanCondition['field'],
  values: c.values,
  ...(c.regexValues.length > 0 ? { regexValues: c.regexValues } : {}),
  ...(c.httpHeaderName !== undefined ? { httpHeaderName: c.httpHeaderName } : {}),
});
