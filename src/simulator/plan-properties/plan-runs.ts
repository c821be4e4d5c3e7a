/**
 * How the scenario properties run. The properties of a test file share one seed, so they see the
 * same scenarios, and they share the plans through this cache: planning is the expensive part,
 * and each property only reads it. The determinism property makes its own fresh calls and
 * compares them with the cached one. Vitest gives every test file its own modules, so the seed
 * (unless `PLAN_PROPERTY_SEED` sets it) and the caches are per file.
 *
 * Failures print the fast-check seed; `PLAN_PROPERTY_SEED=<seed>` replays the scenario properties.
 */
import { planFromManifests, type ManifestInput, type Plan } from '../index.ts';

/** The scenario seed: `PLAN_PROPERTY_SEED` when set, else one taken from the clock (`now`). */
export const scenarioSeed = (now: number): number =>
  Number(process.env.PLAN_PROPERTY_SEED ?? now % 2 ** 31);

export const RUNS = { numRuns: 200 };

/** The runs of a scenario property: as many as RUNS, on the file's shared seed. */
export const scenarioRuns = (seed: number) => ({ numRuns: 200, seed });

const planCache = new Map<string, string>();

/** JSON of the outcome of planFromManifests(inputs), computed once per distinct input. */
export function outcomeJson(inputs: ManifestInput[]): string {
  const key = JSON.stringify(inputs);
  let json = planCache.get(key);
  if (json === undefined) {
    json = JSON.stringify(planFromManifests(inputs));
    planCache.set(key, json);
  }
  return json;
}

/** Runs a check; a failure carries the YAML it failed on, ready for `npm run plan`. */
export function explained(inputs: ManifestInput[], check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof Error) {
      const files = inputs.map((i) => `# ==> ${i.name} <==\n${i.text}`).join('\n');
      e.message += `\n\nInput:\n${files}`;
    }
    throw e;
  }
}

export function planOf(inputs: ManifestInput[]): Plan {
  const outcome = JSON.parse(outcomeJson(inputs)) as ReturnType<typeof planFromManifests>;
  if (!outcome.ok) {
    throw new Error(`generated manifests did not parse: ${JSON.stringify(outcome.errors)}`);
  }
  return outcome.plan;
}
