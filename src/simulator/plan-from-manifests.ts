import type { Plan } from './aws/plan.ts';
import {
  parseManifests,
  type ManifestError,
  type ManifestInput,
} from './kubernetes/parse-manifests.ts';
import { reconcile } from './reconcile/reconcile.ts';
import { buildWorld } from './world/build-world.ts';

export type PlanOutcome =
  { ok: true; plan: Plan; notes: string[] } | { ok: false; errors: ManifestError[] };

/** Manifests in, plan out: parse → world → reconcile. Never throws on bad input. */
export function planFromManifests(inputs: readonly ManifestInput[]): PlanOutcome {
  const parsed = parseManifests(inputs);
  if (!parsed.ok) return { ok: false, errors: parsed.error };
  const result = reconcile(buildWorld(parsed.value));
  return { ok: true, plan: result.plan, notes: result.notes };
}
