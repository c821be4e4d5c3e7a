import { buildWorld, formatManifestError, parseManifests, type World } from '../simulator/index.ts';
import { readInputs } from './read-inputs.ts';

/**
 * Reads and parses the files into a World, or writes the one-line error (file, document, line)
 * to stderr and returns null: the caller then exits 2.
 */
export function loadWorld(files: readonly string[]): World | null {
  const { inputs, problem } = readInputs(files);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return null;
  }
  const parsed = parseManifests(inputs);
  if (!parsed.ok) {
    process.stderr.write(`${formatManifestError(parsed.error[0]!)}\n`);
    return null;
  }
  return buildWorld(parsed.value);
}
