import type { Plan, Trace } from '../../simulator/index.ts';
import { isNotUrl } from '../player/narrate-hop.ts';

/** What the trace form says about the reader's request, before the path it took. */
export type TraceVerdict =
  /** The URL has no host a client could look up. */
  | { kind: 'not-url' }
  /** The manifests have errors and the controller builds no load balancer: nothing to trace. */
  | { kind: 'build-failed'; errors: number }
  /** The manifests are fine but claim no load balancer (no Ingress or Service the controller takes). */
  | { kind: 'no-load-balancer' }
  /** Load balancers exist, but none answers for this host (DNS: NXDOMAIN). */
  | { kind: 'no-answer'; host: string }
  /** The request went through a load balancer; the client finally receives `status`. */
  | { kind: 'status'; status: number };

/**
 * The trace form's verdict: a URL that is not one, manifests that built nothing (because of their
 * errors or because nothing asks for a load balancer), a host nobody answers for, or a status.
 * `errors` counts the error findings of the run (unreadable YAML gives no plan and no trace).
 */
export function traceVerdict(
  trace: Trace | null,
  plan: Plan | null,
  errors: number,
): TraceVerdict | null {
  if (!trace) return errors > 0 ? { kind: 'build-failed', errors } : null;
  if (isNotUrl(trace)) return { kind: 'not-url' };
  if (trace.summary.loadBalancer !== null) return { kind: 'status', status: trace.status };
  const built = (plan?.loadBalancers.length ?? 0) + (plan?.inTreeLoadBalancers?.length ?? 0);
  if (built === 0)
    return errors > 0 ? { kind: 'build-failed', errors } : { kind: 'no-load-balancer' };
  return { kind: 'no-answer', host: trace.hops[0]?.name ?? '' };
}
