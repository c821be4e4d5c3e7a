/** Scenarios whose fields (deep ones too) were replaced by values of the wrong type. */
import fc from 'fast-check';
import type { ManifestInput } from '../index.ts';
import type { Json } from './cluster-model.ts';
import { layOut, toInputs } from './render-yaml.ts';
import { scenarioArb } from './scenario-arbitrary.ts';

/** Every path into a JSON value (the root included). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [prefix, ...children.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const valueAt = (root: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);

/** A copy of `root` with the value at `path` replaced (the root itself is never replaced). */
function replaceAt(root: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return root;
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** A value of another type than the one a field usually has, or random JSON. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(5, -1, 0.5, null, true, '', 'x', [], {}, [5], [null], { a: 5 }, ['a', 5]),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * A scenario's manifests with random fields (deep ones too) replaced by values of the wrong
 * shape. Each edit picks a kind first, so that the rare kinds (IngressClassParams,
 * SimulatorSettings) get as much of the fuzzing as the many Pods.
 */
export const wrongShapes: fc.Arbitrary<ManifestInput[]> = fc
  .tuple(
    scenarioArb,
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), wrongValue), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([scenario, edits]) => {
    const files = layOut(scenario).files;
    const docs = files.flat();
    if (docs.length === 0) return toInputs(files, scenario.layout.asList);
    // Read each document's kind once: an edit may replace `kind` with a value String() can't print.
    const kindOf = docs.map((d) => (typeof d.kind === 'string' ? d.kind : ''));
    const kinds = [...new Set(kindOf)].sort();
    for (const [kindPick, docPick, pathPick, value] of edits) {
      const kind = kinds[kindPick % kinds.length];
      const candidates = kindOf.flatMap((k, i) => (k === kind ? [i] : []));
      const index = candidates[docPick % candidates.length]!;
      // Two edits in three change a leaf (a type confusion), the third any field.
      const all = pathsOf(docs[index]).filter((p) => p.length > 0);
      const leaves = all.filter((p) => {
        const v = valueAt(docs[index], p);
        return v === null || typeof v !== 'object';
      });
      const paths = pathPick % 3 < 2 && leaves.length > 0 ? leaves : all;
      if (paths.length === 0) continue;
      const path = paths[Math.floor(pathPick / 3) % paths.length]!;
      docs[index] = replaceAt(docs[index]!, path, value);
    }
    let next = 0;
    return toInputs(
      files.map((file) => file.map(() => docs[next++]!)),
      scenario.layout.asList,
    );
  });
