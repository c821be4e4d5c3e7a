import type { PlanCondition, PlanRule, RedirectAction } from '../../aws/plan.ts';

type DraftRule = Omit<PlanRule, 'priority'>;

const redirectOf = (rule: DraftRule): RedirectAction | null =>
  rule.action.type === 'redirect' ? rule.action : null;

function hostsAndPaths(conditions: readonly PlanCondition[]) {
  const hosts = new Set<string>();
  const paths = new Set<string>();
  let onlyHostAndPath = true;
  let regexPath = false;
  for (const c of conditions) {
    if (c.field === 'host-header') c.values.forEach((v) => hosts.add(v));
    else if (c.field === 'path-pattern') {
      if (c.regexValues?.length) {
        regexPath = true;
        c.regexValues.forEach((v) => paths.add(v));
      } else c.values.forEach((v) => paths.add(v));
    } else onlyHostAndPath = false;
  }
  return { hosts, paths, onlyHostAndPath, regexPath };
}

/** A redirect that points back at the same listener, host and path would loop forever. */
function isInfiniteRedirect(port: number, protocol: string, rule: DraftRule): boolean {
  const redirect = redirectOf(rule);
  if (!redirect) return false;
  const { hosts, paths, regexPath } = hostsAndPaths(rule.conditions);
  if (regexPath) return false;
  if (redirect.host !== undefined && redirect.host !== '#{host}' && !hosts.has(redirect.host))
    return false;
  if (redirect.path !== undefined && redirect.path !== '/#{path}' && !paths.has(redirect.path))
    return false;
  if (redirect.port !== undefined && redirect.port !== '#{port}' && redirect.port !== String(port))
    return false;
  if (
    redirect.protocol !== undefined &&
    redirect.protocol !== '#{protocol}' &&
    redirect.protocol !== protocol
  )
    return false;
  if (redirect.query !== undefined && redirect.query !== '#{query}') return false;
  return true;
}

const isSuperset = (big: Set<string>, small: Set<string>) => [...small].every((v) => big.has(v));

function coversConditions(lhs: readonly PlanCondition[], rhs: readonly PlanCondition[]): boolean {
  const left = hostsAndPaths(lhs);
  if (!left.onlyHostAndPath) return false;
  const right = hostsAndPaths(rhs);
  const hostCovered =
    left.hosts.size === 0 || (right.hosts.size > 0 && isSuperset(left.hosts, right.hosts));
  const pathCovered =
    left.paths.size === 0 ||
    left.paths.has('/*') ||
    (right.paths.size > 0 && isSuperset(left.paths, right.paths));
  return hostCovered && pathCovered;
}

/** §4.2 step 4 (`rule_optimizer.go`): drop looping redirects and rules shadowed by a redirect. */
export function optimizeRules(
  port: number,
  protocol: string,
  rules: readonly DraftRule[],
): DraftRule[] {
  const withoutLoops = rules.filter((rule) => !isInfiniteRedirect(port, protocol, rule));
  const kept: DraftRule[] = [];
  for (const rule of withoutLoops) {
    const shadowed = kept.some(
      (existing) =>
        redirectOf(existing) !== null && coversConditions(existing.conditions, rule.conditions),
    );
    if (!shadowed) kept.push(rule);
  }
  return kept;
}
