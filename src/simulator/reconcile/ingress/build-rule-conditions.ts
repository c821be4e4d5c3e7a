import type { PlanCondition } from '../../aws/plan.ts';
import type { IngressPath } from '../../kubernetes/objects.ts';
import { err, ok, type Result } from '../../util/result.ts';
import { AnnotationReader } from '../annotations.ts';
import { toPlanCondition, type AnnotationCondition } from './annotation-conditions.ts';
import { buildPathPatterns } from './path-patterns.ts';

const goList = (values: readonly string[]) => `[${values.join(' ')}]`;

/**
 * §4.1 condition assembly: extra conditions (header, method, query, source IP) first, then
 * host-header, then path-pattern; `/*` when nothing else applies.
 */
export function buildRuleConditions(
  annotations: Readonly<Record<string, string>>,
  host: string,
  path: IngressPath,
  extra: readonly AnnotationCondition[],
): Result<PlanCondition[]> {
  const hostValues: string[] = host ? [host] : [];
  const hostRegexValues: string[] = [];
  const pathValues: string[] = [];
  const pathRegexValues: string[] = [];
  if (path.path !== '') {
    const regex = new AnnotationReader(annotations).bool('use-regex-path-match');
    if (!regex.ok) return regex;
    const patterns = buildPathPatterns(path.path, path.pathType, regex.value ?? false);
    if (!patterns.ok) return patterns;
    pathValues.push(...patterns.value.values);
    pathRegexValues.push(...patterns.value.regexValues);
  }
  const conditions: PlanCondition[] = [];
  for (const condition of extra) {
    if (condition.field === 'host-header') {
      hostValues.push(...condition.values);
      hostRegexValues.push(...condition.regexValues);
    } else if (condition.field === 'path-pattern') {
      pathValues.push(...condition.values);
      pathRegexValues.push(...condition.regexValues);
    } else {
      conditions.push(toPlanCondition(condition));
    }
  }
  if (hostValues.length > 0 && hostRegexValues.length > 0) {
    return err(
      `host condition must specify exactly one of Values and RegexValues, got both Values ${goList(hostValues)} and RegexValues ${goList(hostRegexValues)}`,
    );
  }
  if (pathValues.length > 0 && pathRegexValues.length > 0) {
    return err(
      `path condition must specify exactly one of Values and RegexValues, got both Values ${goList(pathValues)} and RegexValues ${goList(pathRegexValues)}`,
    );
  }
  if (hostValues.length > 0) conditions.push({ field: 'host-header', values: hostValues });
  if (hostRegexValues.length > 0)
    conditions.push({ field: 'host-header', values: [], regexValues: hostRegexValues });
  if (pathValues.length > 0) conditions.push({ field: 'path-pattern', values: pathValues });
  if (pathRegexValues.length > 0)
    conditions.push({ field: 'path-pattern', values: [], regexValues: pathRegexValues });
  if (conditions.length === 0) conditions.push({ field: 'path-pattern', values: ['/*'] });
  return ok(conditions);
}
