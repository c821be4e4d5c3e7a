import type { EventStep } from '../../lesson/chapter-steps.ts';

/** Where one mode is at a step of the comparison. */
export type SideAt =
  /** Controller step `index` (in the mode's own controller steps); `matched` is false when the
   *  mode has no step here and holds its last one (or `index` is -1: none yet). */
  | { phase: 'controller'; index: number; matched: boolean }
  /** Packet hop `index`, or past the last one (`index` ≥ the mode's hop count). */
  | { phase: 'packet'; index: number };

/** One step of the comparison: where instance and where ip are. */
export type CompareStep = readonly [SideAt, SideAt];

/** What a controller step does, without the names that differ between modes (targets, IPs). */
export function stepSignature(step: EventStep): string {
  const event = step.event;
  if (step.listed !== null) return 'list';
  switch (event.kind) {
    case 'watch':
      return `watch ${event.verb} ${event.objectKind} ${event.object}`;
    case 'aws-call':
    case 'sts-call':
      return `${event.kind} ${event.operation}`;
    case 'target-health':
      return `health ${event.before?.state ?? 'none'} ${event.after?.state ?? 'none'}`;
    default:
      return `${event.kind} ${event.narration.key}`;
  }
}

/**
 * Pairs two lists by a longest common subsequence of their keys: equal keys share a row, in
 * order; a key only one side has gets a row of its own with `null` on the other side.
 */
export function alignByKey(
  a: readonly string[],
  b: readonly string[],
): [number | null, number | null][] {
  // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const rows: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) rows.push([i++, j++]);
    else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      rows.push([i++, null]);
    else rows.push([null, j++]);
  }
  return rows;
}

/**
 * The comparison's steps, both modes in lock-step: first the controller's steps, aligned so the
 * same action (the same AWS call, the same watch event) is on the same step in both modes, then
 * the packet's hops side by side, hop n beside hop n.
 */
export function compareSteps(
  events: readonly [readonly EventStep[], readonly EventStep[]],
  hops: readonly [number, number],
): CompareStep[] {
  const rows = alignByKey(events[0].map(stepSignature), events[1].map(stepSignature));
  const last: [number, number] = [-1, -1];
  const steps: CompareStep[] = rows.map((row) => {
    const side = (k: 0 | 1): SideAt => {
      const index = row[k];
      if (index === null) return { phase: 'controller', index: last[k], matched: false };
      last[k] = index;
      return { phase: 'controller', index, matched: true };
    };
    return [side(0), side(1)] as const;
  });
  const hopCount = Math.max(hops[0], hops[1]);
  for (let index = 0; index < hopCount; index++)
    steps.push([
      { phase: 'packet', index },
      { phase: 'packet', index },
    ]);
  return steps;
}
