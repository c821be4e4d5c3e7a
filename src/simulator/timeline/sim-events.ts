import type { PlanTargetHealth } from '../aws/plan.ts';

/** A sentence key and its values: the UI turns it into Korean or English narration. */
export interface Narration {
  key: string;
  params: Record<string, string | number>;
}

interface At<K extends string> {
  kind: K;
  /** Virtual time in milliseconds since the simulation started. */
  atMs: number;
  narration: Narration;
  /** Diagram element ids this event touches (`ingress:ns/name`, `tg:…`, `pod:ns/name`, …). */
  focus: string[];
}

export type WatchVerb = 'ADDED' | 'MODIFIED' | 'DELETED';

/** Everything that can happen on the timeline, in the controller's real order (§2, §6, §8). */
export type SimEvent =
  | (At<'controller-started'> & { pod: string; /** null: the pod is assumed, not in the input. */ node: string | null })
  | (At<'irsa-token'> & {
      serviceAccount: string;
      roleArn: string;
      tokenPath: string;
      audience: string;
    })
  | (At<'sts-call'> & {
      operation: 'AssumeRoleWithWebIdentity';
      request: Record<string, string>;
      ok: boolean;
      response: Record<string, string>;
    })
  | (At<'watch'> & {
      verb: WatchVerb;
      object: string;
      objectKind: string;
      before: unknown;
      after: unknown;
    })
  | (At<'enqueue'> & { key: string; cause: string })
  | (At<'model-built'> & {
      key: string;
      loadBalancer: string;
      listeners: number;
      rules: number;
      targetGroups: number;
    })
  | (At<'aws-call'> & {
      key: string;
      service: 'ec2' | 'elbv2';
      operation: string;
      request: Record<string, unknown>;
      ok: boolean;
      response: Record<string, unknown>;
    })
  | (At<'tgb-written'> & {
      name: string;
      namespace: string;
      targetGroup: string;
      verb: 'create' | 'update' | 'delete';
    })
  | (At<'k8s-event'> & {
      object: string;
      type: 'Normal' | 'Warning';
      reason: string;
      message: string;
    })
  | (At<'status-updated'> & { object: string; hostname: string })
  | (At<'retry-scheduled'> & { key: string; attempt: number; delayMs: number })
  | (At<'target-health'> & {
      targetGroup: string;
      target: string;
      before: PlanTargetHealth | null;
      after: PlanTargetHealth | null;
    })
  | (At<'readiness-gate'> & {
      pod: string;
      conditionType: string;
      status: 'True' | 'False';
      reason: string;
    })
  | (At<'pod'> & { pod: string; node: string | null; ip: string | null; phase: PodPhase })
  | (At<'endpoints'> & { service: string; ready: number; notReady: number; terminating: number })
  /** kube-proxy on `node` rewrote its rules for `service`: they now point at `pods` (ns/name). */
  | (At<'kube-proxy-sync'> & {
      node: string;
      service: string;
      endpoints: number;
      pods: readonly string[];
    })
  | (At<'node'> & { node: string; ready: 'True' | 'False' | 'Unknown'; unschedulable: boolean })
  | (At<'action'> & { action: string })
  /** §1.4: the API server refused a write because a webhook with failurePolicy Fail is unreachable. */
  | (At<'admission-rejected'> & {
      verb: 'CREATE' | 'UPDATE';
      object: string;
      objectKind: string;
      webhook: string;
      status: 500;
      reason: 'InternalError';
      message: string;
    })
  /** §1.4: controller pods come and go; the webhooks need one ready pod, reconciling needs the leader. */
  | (At<'controller-availability'> & {
      state: ControllerAvailability;
      pod: string | null;
      readyReplicas: number;
      leader: string | null;
    })
  | (At<'traffic'> & { fromMs: number; toMs: number; counts: Record<string, number> });

export type SimEventKind = SimEvent['kind'];

export type ControllerAvailability =
  'down' | 'up' | 'replica-lost' | 'replica-ready' | 'leader-elected';

export type PodPhase =
  | 'created'
  | 'containers-ready'
  | 'ready'
  | 'not-ready'
  | 'terminating'
  | 'prestop-done'
  | 'sigterm'
  | 'exited'
  | 'deleted';

/** Exhaustiveness helper for switches over SimEvent kinds. */
export function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}

/** What `simulate` returns: the ordered events and the traffic outcome. */
export interface Timeline {
  events: SimEvent[];
  endMs: number;
  /** Requests sent during traffic windows, by HTTP status ("0" = no load balancer answered). */
  requests: { total: number; byStatus: Record<string, number> };
}
