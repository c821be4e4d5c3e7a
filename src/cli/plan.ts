import { formatManifestError, planFromManifests } from '../simulator/index.ts';
import { readInputs } from './read-inputs.ts';

/** `npm run --silent plan -- FILE...`: the plan JSON on stdout; exit 2 on unreadable input. */
function main(argv: readonly string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent plan -- FILE.yaml [FILE.yaml ...]\n');
    return 2;
  }
  const { inputs, problem } = readInputs(files);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 2;
  }
  const outcome = planFromManifests(inputs);
  if (!outcome.ok) {
    process.stderr.write(`${formatManifestError(outcome.errors[0]!)}\n`);
    return 2;
  }
  for (const note of [...outcome.plan.assumptions, ...outcome.notes])
    process.stderr.write(`note: ${note}\n`);
  process.stdout.write(`${JSON.stringify(outcome.plan, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
