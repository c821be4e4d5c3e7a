/**
 * Golden plan cases: every directory under __golden__/ holds an input.yaml, the plan the
 * controller should produce for it (expected-plan.json, reviewed against
 * shared/reference/aws-lbc-behavior.md) and a README.md whose first line says what it checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planFromManifests } from './index.ts';

const GOLDEN_DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));
const MIN_CASES = 25;

interface GoldenCase {
  name: string;
  summary: string;
  input: string;
  expected: unknown;
}

/** traces/ holds the golden traces (golden-trace.test.ts), not a plan case. */
const NOT_PLAN_CASES = new Set(['traces']);

function loadCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_PLAN_CASES.has(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(GOLDEN_DIR, name);
      const readme = join(dir, 'README.md');
      const summary = existsSync(readme)
        ? (readFileSync(readme, 'utf8').split('\n')[0] ?? '').trim()
        : '(no README.md)';
      return {
        name,
        summary,
        input: readFileSync(join(dir, 'input.yaml'), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected-plan.json'), 'utf8')) as unknown,
      };
    });
}

const cases = loadCases();

describe('golden plans', () => {
  it(`has at least ${MIN_CASES} cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.summary}`, () => {
      const outcome = planFromManifests([{ name: 'input.yaml', text: c.input }]);
      if (!outcome.ok)
        throw new Error(`input.yaml could not be read: ${JSON.stringify(outcome.errors)}`);
      expect(outcome.plan).toEqual(c.expected);
    });
  }
});
