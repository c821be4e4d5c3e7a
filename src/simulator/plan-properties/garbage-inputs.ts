/**
 * Inputs for the robustness property: garbage text, random JSON documents, rendered scenarios
 * with text spliced in, scenarios with wrong-typed fields, and well-formed scenarios.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { ManifestInput } from '../index.ts';
import type { Json } from './cluster-model.ts';
import { render } from './render-yaml.ts';
import { scenarioArb } from './scenario-arbitrary.ts';
import { wrongShapes } from './wrong-shapes.ts';

const KNOWN_KINDS = [
  'Node',
  'Pod',
  'Service',
  'Ingress',
  'IngressClass',
  'IngressClassParams',
  'Deployment',
  'ServiceAccount',
  'Namespace',
  'SimulatorSettings',
  'List',
] as const;

const yamlFragments = fc
  .array(
    fc.constantFrom(
      'a',
      'kind: Pod',
      'kind: Service',
      'apiVersion: v1',
      'metadata:',
      '  name: x',
      'spec:',
      '  ports: [',
      ':',
      ' ',
      '  ',
      '\t',
      '\n',
      '---\n',
      '...\n',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&a ',
      '*a',
      '!!str ',
      '!!binary ',
      '!custom ',
      '? ',
      '#',
      '"',
      "'",
      '|',
      '>',
      '%YAML 1.2\n',
      '%TAG ! tag:x,2000:\n',
      '<<: *a',
      '\u00e9',
      '\ufeff',
      '\r\n',
      '0x1F',
      '1e400',
      '~',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Documents of known kinds whose fields are random JSON (wrong shapes everywhere). */
const jsonishManifest: fc.Arbitrary<Json> = fc.record(
  {
    apiVersion: fc.oneof(fc.constant('v1'), fc.jsonValue({ maxDepth: 1 })),
    kind: fc.oneof(fc.constantFrom(...KNOWN_KINDS), fc.jsonValue({ maxDepth: 1 })),
    metadata: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('a', 'web', 'node-1'), fc.jsonValue({ maxDepth: 1 })),
          namespace: fc.jsonValue({ maxDepth: 1 }),
          labels: fc.jsonValue({ maxDepth: 2 }),
          annotations: fc.jsonValue({ maxDepth: 2 }),
          deletionTimestamp: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    spec: fc.jsonValue({ maxDepth: 4 }),
    status: fc.jsonValue({ maxDepth: 3 }),
    items: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** A scenario's text with a random slice cut out or random characters spliced in. */
const mutatedScenario: fc.Arbitrary<ManifestInput[]> = fc
  .tuple(scenarioArb, fc.nat(), fc.nat({ max: 40 }), yamlFragments)
  .map(([scenario, at, cut, insert]) =>
    render(scenario).inputs.map((input, i) => {
      if (i > 0 || input.text.length === 0) return input;
      const pos = at % input.text.length;
      return { ...input, text: input.text.slice(0, pos) + insert + input.text.slice(pos + cut) };
    }),
  );

const garbageInputs: fc.Arbitrary<ManifestInput[]> = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      yamlFragments,
      fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v)),
      fc
        .array(jsonishManifest, { minLength: 1, maxLength: 4 })
        .map((docs) => docs.map((d) => stringify(d)).join('---\n')),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((texts) => texts.map((text, i) => ({ name: `garbage-${i + 1}.yaml`, text })));

export const anyInputs: fc.Arbitrary<ManifestInput[]> = fc.oneof(
  scenarioArb.map((s) => render(s).inputs),
  wrongShapes,
  wrongShapes,
  mutatedScenario,
  garbageInputs,
);
