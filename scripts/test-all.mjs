#!/usr/bin/env node
// `npm test`: typecheck → lint → unit tests → production build → size budget → browser tests.
// Stops at the first failing stage (nonzero exit). Whenever a test stage ran, it ends with one
// plain line, `N passed, N failed`, summed from reports/vitest.json and reports/e2e.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = join(root, 'reports');
const vitestReport = join(reports, 'vitest.json');
const e2eReport = join(reports, 'e2e.json');

const stages = [
  { name: 'typecheck', command: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'lint', command: [bin('eslint'), '.', '--max-warnings=0'] },
  {
    name: 'unit',
    report: vitestReport,
    command: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
  },
  { name: 'build', command: [bin('vite'), 'build'] },
  // Sizes only: prints every initial chunk; over budget it fails (README, "Quality").
  { name: 'budget', command: [process.execPath, join(root, 'scripts', 'check-budget.mjs')] },
  {
    name: 'e2e',
    report: e2eReport,
    command: [bin('playwright'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
  },
];

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let failedStage = null;
const ranTestStages = [];
for (const stage of stages) {
  const started = performance.now();
  const [command, ...args] = stage.command;
  console.log(`\n[test] ${stage.name}: ${basename(command)} ${args.join(' ')}`);
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  console.log(`[test] ${stage.name} ${ok ? 'ok' : 'FAILED'} in ${seconds}s`);
  if (stage.report) ranTestStages.push({ ...stage, ok });
  if (!ok) {
    if (run.error) console.error(`[test] could not start ${command}: ${run.error.message}`);
    failedStage = stage.name;
    break;
  }
}

if (failedStage) console.log(`\n[test] stopped: the ${failedStage} stage failed`);
if (ranTestStages.length > 0) {
  let passed = 0;
  let failed = 0;
  for (const stage of ranTestStages) {
    const counts = readCounts(stage);
    passed += counts.passed;
    // A stage can fail with no failed test (a file that does not load, a server that does not
    // start): count that as one failure, so the summary never reads as all green.
    failed += stage.ok ? counts.failed : Math.max(counts.failed, 1);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
}
if (failedStage) process.exit(1);

/** Test counts from one stage's JSON report (zero when there is no readable report). */
function readCounts({ name, report }) {
  try {
    const data = JSON.parse(readFileSync(report, 'utf8'));
    if (name === 'unit') return { passed: data.numPassedTests, failed: data.numFailedTests };
    const { expected, unexpected, flaky } = data.stats;
    return { passed: expected, failed: unexpected + flaky };
  } catch (error) {
    if (existsSync(report)) console.error(`[test] unreadable ${report}: ${error.message}`);
    return { passed: 0, failed: 0 };
  }
}
