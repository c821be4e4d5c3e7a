import { readFileSync } from 'node:fs';
import type { ManifestInput } from '../simulator/index.ts';

/** Reads the named files; a missing or unreadable file is reported like a manifest error. */
export function readInputs(paths: readonly string[]): {
  inputs: ManifestInput[];
  problem: string | null;
} {
  const inputs: ManifestInput[] = [];
  for (const path of paths) {
    try {
      inputs.push({ name: path, text: readFileSync(path, 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return {
        inputs,
        problem: `${path}: document 0, line 0: ${code === 'ENOENT' ? 'no such file' : `cannot read file (${code ?? String(e)})`}`,
      };
    }
  }
  return { inputs, problem: null };
}
