import type { PlanCondition } from '../aws/plan.ts';
import { cidrContains } from '../util/ip.ts';

/** An ALB wildcard: `*` any run of characters, `?` exactly one. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive: boolean): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, caseInsensitive ? 'i' : '').test(value);
}

function safeRegex(source: string, value: string, flags = ''): boolean {
  try {
    return new RegExp(source, flags).test(value);
  } catch {
    return false;
  }
}

export interface HttpRequestView {
  host: string;
  path: string;
  query: URLSearchParams;
  method: string;
  headers: Readonly<Record<string, string>>;
  sourceIp: string;
}

/** Does one rule condition match the request? (ALB "Listener rules" condition types, §4.1.) */
export function conditionMatches(condition: PlanCondition, request: HttpRequestView): boolean {
  const regexes = condition.regexValues ?? [];
  switch (condition.field) {
    case 'host-header':
      return regexes.length > 0
        ? regexes.some((r) => safeRegex(r, request.host, 'i'))
        : condition.values.some((v) => wildcardMatch(v, request.host, true));
    case 'path-pattern':
      return regexes.length > 0
        ? regexes.some((r) => safeRegex(r, request.path))
        : condition.values.some((v) => wildcardMatch(v, request.path, false));
    case 'http-header': {
      const name = (condition.httpHeaderName ?? '').toLowerCase();
      const entry = Object.entries(request.headers).find(([k]) => k.toLowerCase() === name);
      if (!entry) return false;
      return regexes.length > 0
        ? regexes.some((r) => safeRegex(r, entry[1]))
        : condition.values.some((v) => wildcardMatch(v, entry[1], true));
    }
    case 'http-request-method':
      return condition.values.includes(request.method);
    case 'query-string':
      return condition.values.some((pair) => {
        const index = pair.indexOf('=');
        if (index < 0) return [...request.query.values()].some((v) => wildcardMatch(pair, v, true));
        // AWS compares query-string keys and values case-insensitively.
        const key = pair.slice(0, index).toLowerCase();
        const value = pair.slice(index + 1);
        return [...request.query.entries()].some(
          ([k, v]) => k.toLowerCase() === key && wildcardMatch(value, v, true),
        );
      });
    case 'source-ip':
      return condition.values.some((cidr) => cidrContains(cidr, request.sourceIp));
  }
}

/** All conditions of a rule must match (they are ANDed). */
export const ruleMatches = (
  conditions: readonly PlanCondition[],
  request: HttpRequestView,
): boolean => conditions.every((c) => conditionMatches(c, request));
