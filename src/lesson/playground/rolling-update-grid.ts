import { runPlayground, type PlaygroundInput } from './run-playground.ts';

/** Lab 1's four switches (aws-load-balancer-controller #1124, #1065, #814). */
export interface RolloutSwitches {
  /** The namespace carries the readiness-gate label, so a new pod is Ready only once its target is healthy. */
  readinessGates: boolean;
  /** The old pod's preStop hook sleeps 40 s before the container is told to stop. */
  preStop: boolean;
  /** The target group's deregistration delay is 30 s instead of 300 s. */
  shortDeregistration: boolean;
  /** `terminationGracePeriodSeconds` is 90 instead of 30. */
  longGrace: boolean;
}

/** One small view of the grid: the switches and what the clients saw during the rollout. */
export interface GridCell {
  switches: RolloutSwitches;
  total: number;
  errors5xx: number;
}

/** Every combination of the four switches (16), in a stable order. */
export function allSwitches(): RolloutSwitches[] {
  return Array.from({ length: 16 }, (_, n) => ({
    readinessGates: (n & 8) !== 0,
    preStop: (n & 4) !== 0,
    shortDeregistration: (n & 2) !== 0,
    longGrace: (n & 1) !== 0,
  }));
}

export const PRE_STOP_SECONDS = 40;
export const LONG_GRACE_SECONDS = 90;
export const SHORT_DEREGISTRATION_SECONDS = 30;

/**
 * The lab's manifests and actions with the switches set: the rolling update's preStop, the
 * Deployment's grace period and the target group's deregistration delay in the text, and the
 * readiness gates as an action before the traffic starts.
 */
export function withSwitches(lab: { text: string; actions: string }, s: RolloutSwitches) {
  const text = lab.text
    .replace(
      /terminationGracePeriodSeconds: \d+/,
      `terminationGracePeriodSeconds: ${s.longGrace ? LONG_GRACE_SECONDS : 30}`,
    )
    .replace(
      /deregistration_delay\.timeout_seconds=\d+/,
      `deregistration_delay.timeout_seconds=${s.shortDeregistration ? SHORT_DEREGISTRATION_SECONDS : 300}`,
    );
  const actions =
    (s.readinessGates ? '- at: 5s\n  enableReadinessGates: shop\n' : '') +
    lab.actions.replace(
      /preStopSeconds: \d+/,
      `preStopSeconds: ${s.preStop ? PRE_STOP_SECONDS : 0}`,
    );
  return { text, actions };
}

/** Runs the lab with one combination of switches: the requests its clients sent, and the 5xx. */
export function rolloutCell(
  lab: { text: string; actions: string },
  switches: RolloutSwitches,
  request: Pick<PlaygroundInput, 'url' | 'clientIp'>,
): GridCell {
  const { text, actions } = withSwitches(lab, switches);
  const result = runPlayground({ ...request, text, actions, seed: 1 });
  const byStatus = result.whatIf?.requests.byStatus ?? {};
  const errors5xx = Object.entries(byStatus)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  return { switches, total: result.whatIf?.requests.total ?? 0, errors5xx };
}
