/**
 * planFromManifests keeps to shared/CONTRACT.md on any input: it never throws, its errors are
 * located, and its plans have the contract's shape and order. The inputs are garbage text, random
 * JSON documents, rendered scenarios with text spliced in, scenarios whose fields were replaced by
 * values of the wrong type, and well-formed scenarios; and the wrong-shaped inputs that broke the
 * contract once, checked on every run.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { expectContractOutcome } from './contract-checks.ts';
import { anyInputs } from './garbage-inputs.ts';
import { KNOWN_CASES } from './known-cases.ts';
import { RUNS, scenarioSeed } from './plan-runs.ts';

// The suite shares its name (and PLAN_PROPERTY_SEED) with the scenario properties; the properties
// here run on fast-check's own seed, which a failure prints.
const SEED = scenarioSeed(Date.now());

describe(`planFromManifests over random manifests (scenario seed ${SEED})`, () => {
  it('never throws; errors name a file, a document ≥ 1 and a line ≥ 1; plans have the contract shape and order', () => {
    fc.assert(fc.property(anyInputs, expectContractOutcome), RUNS);
  });

  it.each(KNOWN_CASES)('keeps to the contract with %s', (_, inputs) => {
    expectContractOutcome(inputs);
  });
});
