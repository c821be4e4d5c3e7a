import type { PlanLoadBalancer } from '../aws/plan.ts';
import type { Settings } from '../world/settings.ts';
import { wildcardMatch } from './match-conditions.ts';

/**
 * CONTRACT.md DNS rule: the host resolves to the controller's load balancer that has a rule (or certificate)
 * for it, else to the one whose dnsName equals it, else — when there is exactly one — to that one.
 */
export function resolveLoadBalancer(
  host: string,
  loadBalancers: readonly PlanLoadBalancer[],
  inTree: readonly PlanLoadBalancer[],
  settings: Settings,
): PlanLoadBalancer | null {
  const lower = host.toLowerCase();
  const byRule = loadBalancers.find((lb) =>
    lb.listeners.some(
      (l) =>
        l.rules.some((r) =>
          r.conditions.some(
            (c) => c.field === 'host-header' && c.values.some((v) => wildcardMatch(v, lower, true)),
          ),
        ) ||
        l.certificateArns.some((arn) =>
          settings.acmCertificates.some(
            (cert) => cert.arn === arn && cert.domains.some((d) => wildcardMatch(d, lower, true)),
          ),
        ),
    ),
  );
  if (byRule) return byRule;
  // In-tree load balancers are reached only by their own DNS name (CONTRACT.md).
  const byName = [...loadBalancers, ...inTree].find((lb) => lb.dnsName === lower);
  if (byName) return byName;
  return loadBalancers.length === 1 ? loadBalancers[0]! : null;
}
