/**
 * Golden traces: every directory under __golden__/traces/ holds an input.yaml, a request.json
 * ({ url, seed, clientIp? }), the trace the simulator should produce (expected-trace.json,
 * reviewed hop by hop against shared/reference/aws-lbc-behavior.md §9 and §14) and a README.md
 * whose first line says what it checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildWorld, parseManifests, traceRequest, type TraceRequest } from './index.ts';

const TRACES_DIR = fileURLToPath(new URL('./__golden__/traces/', import.meta.url));
const MIN_CASES = 15;

interface GoldenTrace {
  name: string;
  summary: string;
  input: string;
  request: TraceRequest;
  expected: unknown;
}

function loadCases(): GoldenTrace[] {
  return readdirSync(TRACES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(TRACES_DIR, name);
      const readme = join(dir, 'README.md');
      const summary = existsSync(readme)
        ? (readFileSync(readme, 'utf8').split('\n')[0] ?? '').trim()
        : '(no README.md)';
      const request = JSON.parse(readFileSync(join(dir, 'request.json'), 'utf8')) as TraceRequest;
      return {
        name,
        summary,
        input: readFileSync(join(dir, 'input.yaml'), 'utf8'),
        request,
        expected: JSON.parse(readFileSync(join(dir, 'expected-trace.json'), 'utf8')) as unknown,
      };
    });
}

const cases = loadCases();

describe('golden traces', () => {
  it(`has at least ${MIN_CASES} cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.summary.slice(0, 120)}`, () => {
      const parsed = parseManifests([{ name: 'input.yaml', text: c.input }]);
      if (!parsed.ok)
        throw new Error(`input.yaml could not be read: ${JSON.stringify(parsed.error)}`);
      const trace = traceRequest(buildWorld(parsed.value), c.request);
      expect(trace).toEqual(c.expected);
    });
  }
});
