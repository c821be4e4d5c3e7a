/**
 * The fast path must agree with `yaml`'s full parser on everything it accepts (same documents,
 * values and lines) and hand everything else back (null), so that parseManifests gives the same
 * objects, notes and "file, document, line" errors either way.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseAllDocuments, stringify } from 'yaml';
import { parseManifests } from './parse-manifests.ts';
import { parsePlainBlockYaml, plainScalarValue, type PlainDocument } from './plain-block-yaml.ts';

/** What the full parser makes of `text`, in the fast path's shape; null when it reports an error. */
function reference(text: string): PlainDocument[] | null {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  if (!Array.isArray(docs)) return [];
  const lineOf = (node: unknown) =>
    lineCounter.linePos((node as { range: [number, number, number] }).range[0]).line;
  const out: PlainDocument[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) return null;
    if (doc.contents === null) {
      out.push({ value: null, line: 0, itemLines: [] });
      continue;
    }
    const items = isMap(doc.contents) ? doc.contents.get('items', true) : null;
    out.push({
      value: doc.toJS({ maxAliasCount: 100 }) as PlainDocument['value'],
      line: lineOf(doc.contents),
      itemLines: isSeq(items) ? items.items.map(lineOf) : [],
    });
  }
  return out;
}

/** Empty documents' lines mean nothing (they are skipped); compare the rest. */
const comparable = (docs: PlainDocument[] | null) =>
  docs?.map((d) => (d.value === null ? { value: null } : d)) ?? null;

/** The fast path either declines, or gives exactly the full parser's result on valid YAML. */
function expectAgrees(text: string): PlainDocument[] | null {
  const fast = parsePlainBlockYaml(text);
  if (fast !== null) {
    const full = reference(text);
    expect(full, `the full parser rejects what the fast path accepted:\n${text}`).not.toBeNull();
    expect(comparable(fast), text).toStrictEqual(comparable(full));
  }
  const a = parseManifests([{ name: 'f.yaml', text }]);
  const b = parseManifests([{ name: 'f.yaml', text }], { fullParserOnly: true });
  expect(a, text).toStrictEqual(b);
  return fast;
}

const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

/** [what, text, whether the fast path takes it] */
const CASES: [string, string, boolean][] = [
  ['one document', NS('a'), true],
  ['multi-docs with empty ones', `${NS('a')}---\n---\n${NS('b')}---\n`, true],
  ['leading separator and comments', `# head\n---\n# c\n\n${NS('a')}`, true],
  ['separator with a comment', `--- # first\n${NS('a')}--- \n${NS('b')}`, true],
  ['only comments', '# nothing here\n\n# still nothing\n', true],
  ['empty text', '', true],
  ['document end marker', `${NS('a')}...\n---\n${NS('b')}`, false],
  ['directive', `%YAML 1.2\n---\n${NS('a')}`, false],
  ['content on the separator line', `--- !!map\n${NS('a')}`, false],
  [
    'kind: List, compact and indented items',
    `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: a\n-   apiVersion: v1\n    kind: Namespace\n    metadata: \n      name: b\n`,
    true,
  ],
  [
    'kind: List, indented sequence, scalar item',
    `kind: List\napiVersion: v1\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata:\n      name: a\n  # between items\n\n  - just-a-string\n`,
    true,
  ],
  [
    'comments everywhere',
    `# top\napiVersion: v1 # trailing\nkind: Namespace\n  # deeper\nmetadata:\n# shallower\n  name: a#not-a-comment\n`,
    true,
  ],
  [
    'anchors and aliases',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  labels: &l {a: b}\n  annotations: *l\n  name: a\n`,
    false,
  ],
  ['anchor on a block value', `apiVersion: v1\nkind: Namespace\nmetadata: &m\n  name: a\n`, false],
  [
    'alias bomb',
    `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    false,
  ],
  ['flow mapping', `apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n`, false],
  [
    'flow sequence',
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  finalizers: [x, y]\n`,
    false,
  ],
  [
    'literal block scalar',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n    x: |\n      line 1\n      line 2\n`,
    false,
  ],
  ['folded block scalar', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: >-\n    a\n`, false],
  [
    'quoted strings with colons and hashes',
    `apiVersion: "v1"\nkind: 'Namespace'\nmetadata:\n  name: a\n  annotations:\n    "x: y": "http://h:80/#frag"\n    'it''s': 'a: b # c'   # a comment\n    empty: ""\n`,
    true,
  ],
  [
    'double-quoted escapes',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "a\\u0062"\n`,
    false,
  ],
  [
    'multi-line quoted string',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "a\n    b"\n`,
    false,
  ],
  [
    'multi-line plain scalar',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n    b\n`,
    false,
  ],
  ['duplicate keys', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n`, false],
  [
    'duplicate after resolution',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    1: x\n    "1": y\n`,
    false,
  ],
  ['tab indentation', `apiVersion: v1\nkind: Namespace\nmetadata:\n\tname: a\n`, false],
  ['tab in a value', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\tb\n`, false],
  ['CRLF line ends', NS('a').replaceAll('\n', '\r\n'), false],
  ['byte order mark', `\ufeff${NS('a')}`, false],
  [
    'invalid: nested compact mapping',
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: web: api\n`,
    false,
  ],
  ['invalid: unclosed flow', `${NS('a')}---\napiVersion: v1\nkind: [unclosed\n`, false],
  [
    'invalid: bad indentation',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n    name: a\n  labels: {}\n`,
    false,
  ],
  ['invalid: unclosed quote', `apiVersion: v1\nkind: "Namespace\n`, false],
  ['invalid: text after a quoted value', `apiVersion: v1\nkind: "Namespace" x\n`, false],
  ['a scalar document', `just text\n`, false],
  ['a sequence document', `- a\n- b\n`, false],
  ['no kind (error from parseManifests, not YAML)', `apiVersion: v1\nmetadata:\n  name: a\n`, true],
  [
    'unknown kind (a note)',
    `---\n# c\n\nkind: Widget\napiVersion: x/v1\nmetadata:\n  name: w\n`,
    true,
  ],
  [
    'core schema scalars',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  a: true\n  b: False\n  c: ~\n  d: null\n  e:\n  f: 0x1F\n  g: 0o17\n  h: -012\n  i: +3\n  j: 1.50\n  k: 1e3\n  l: .inf\n  m: -.Inf\n  n: .nan\n  o: 10.0.1.5\n  p: yes\n  q: 1_000\n  r: "true"\n  s: -x\n  t: a:b\n  u: "2026-01-01T00:00:00Z"\n`,
    true,
  ],
  [
    'keys that resolve to other types',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  80: http\n  true: t\n  ~: n\n  1.0: f\n  0x10: h\n`,
    true,
  ],
  [
    'inherited names as keys',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  toString: a\n  constructor: b\n  __proto__: c\n  hasOwnProperty: d\n`,
    true,
  ],
  ['merge key', `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  <<: {a: 1}\n`, false],
  [
    'compact nested sequences',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  a:\n  - - x\n`,
    false,
  ],
  [
    'empty sequence item',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  a:\n  -\n  - b\n`,
    false,
  ],
  ['a dash value', `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  a: -\n`, false],
  [
    'sequence in sequence item mapping',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: 80\n      name: http\n    image: x\n  - name: d\n`,
    true,
  ],
  [
    'key longer than 1024 characters',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n  ${'k'.repeat(1100)}: v\n`,
    false,
  ],
  [
    'deep nesting',
    `apiVersion: v1\nkind: SimulatorSettings\nspec:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * (i + 1))}k${i}:`).join('\n')}\n`,
    false,
  ],
  [
    'deep flow nesting',
    `apiVersion: v1\nkind: SimulatorSettings\nspec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    false,
  ],
];

describe('parsePlainBlockYaml', () => {
  for (const [what, text, fast] of CASES) {
    it(`${what}: ${fast ? 'fast path, same as the full parser' : 'left to the full parser'}`, () => {
      const result = expectAgrees(text);
      expect(result !== null, 'fast path taken').toBe(fast);
    });
  }

  it('keeps the line of each kind: List item and of each document', () => {
    const text = `# one\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: a\n\n# two\n-   apiVersion: v1\n    kind: Namespace\n    metadata:\n      name: b\n`;
    const docs = parsePlainBlockYaml(text);
    expect(docs?.map((d) => [d.line, d.itemLines])).toEqual([[3, [6, 12]]]);
    const parsed = parseManifests([{ name: 'l.yaml', text }]);
    expect(parsed.ok && parsed.value.objects.map((o) => [o.meta.name, o.source])).toEqual([
      ['a', { file: 'l.yaml', document: 1, line: 6 }],
      ['b', { file: 'l.yaml', document: 1, line: 12 }],
    ]);
  });

  it('gives the same "file, document, line" errors as before', () => {
    const invalid = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web: api\n  namespace: default\n`;
    const r = parseManifests([{ name: 'bad.yaml', text: invalid }]);
    expect(!r.ok && r.error[0]).toMatchObject({ file: 'bad.yaml', document: 2, line: 9 });
    expect(!r.ok && r.error[0]?.message).toMatch(/^invalid YAML: /);
    const noApi = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n# lost its apiVersion\n\nkind: Service\nmetadata:\n  name: web\n`;
    expect(parseManifests([{ name: 'x.yaml', text: noApi }])).toEqual({
      ok: false,
      error: [{ file: 'x.yaml', document: 2, line: 8, message: 'document has no apiVersion' }],
    });
  });

  it('resolves plain scalars exactly as the core schema does', () => {
    const samples = [
      '',
      '~',
      'null',
      'Null',
      'NULL',
      'nULL',
      'true',
      'True',
      'TRUE',
      'tRUE',
      'false',
      'yes',
      'on',
      '0',
      '-0',
      '+0',
      '007',
      '0o17',
      '0o8',
      '0x1f',
      '0X1F',
      '1e3',
      '1E-3',
      '-1.5e+2',
      '.5',
      '5.',
      '1.50',
      '.inf',
      '-.INF',
      '+.Inf',
      '.NaN',
      '.nan',
      '1_000',
      '10.0.1.5',
      '1:2',
      '-x',
      'x',
      'N',
      'Tru',
      'f',
    ];
    for (const s of samples) {
      const full = parseAllDocuments(`v: ${s}\n`)[0]!.toJS() as { v: unknown };
      expect(plainScalarValue(s), s).toStrictEqual(full.v);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[-+.0-9eExXoOa-fA-FinINaAtTrRuUlLsS~_]{0,8}$/), (s) => {
        const full = parseAllDocuments(`v: ${s}\n`)[0]!;
        fc.pre(full.errors.length === 0 && s.trim() === s);
        expect(plainScalarValue(s)).toStrictEqual((full.toJS() as { v: unknown }).v);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('agrees with the full parser on generated manifests (yaml.stringify output)', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'apiVersion',
        'kind',
        'metadata',
        'name',
        'items',
        'spec',
        'a.b/c-d',
        '80',
        'true',
        '~',
        'x y',
        'k:v',
      ),
      fc.stringMatching(/^[a-z][a-z0-9./-]{0,8}$/),
      fc.string({ maxLength: 4 }),
    );
    const scalar = fc.oneof(
      fc.constantFrom(
        'v1',
        'True',
        'null',
        '0x1F',
        '1e3',
        '.inf',
        '10.0.0.1',
        'a: b',
        'a #b',
        "it's",
        '"q"',
        '- x',
        '-x',
        '',
        ' lead',
        'trail ',
        'http://h:80/',
      ),
      fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 .:/#'"_-]{0,10}$/),
      fc.string({ maxLength: 4 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
      seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }));
    let taken = 0;
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(key, value.node, { minKeys: 1, maxKeys: 5 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (docs, indentSeq) => {
          const text = docs.map((d) => stringify(d, { indentSeq })).join('---\n');
          if (expectAgrees(text) !== null) taken++;
        },
      ),
      { numRuns: 400, seed: 14 },
    );
    expect(taken).toBeGreaterThan(40);
  }, 60_000);

  it('takes the fast path on manifest-shaped YAML, with the same result', () => {
    const key = fc.oneof(
      fc.constantFrom('apiVersion', 'kind', 'metadata', 'name', 'items', 'spec', 'status'),
      fc.stringMatching(/^[a-z][a-z0-9./-]{0,12}$/),
    );
    const scalar = fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 .:/_-]{0,12}$/),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
      seq: fc.array(fc.oneof(scalar, tie('map')), { minLength: 1, maxLength: 3 }),
    }));
    let taken = 0;
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(key, value.node, { minKeys: 1, maxKeys: 5 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (docs, indentSeq) => {
          const text = docs.map((d) => stringify(d, { indentSeq })).join('---\n');
          if (expectAgrees(text) !== null) taken++;
        },
      ),
      { numRuns: 300, seed: 14 },
    );
    expect(taken).toBe(300);
  }, 60_000);

  it('agrees with the full parser on line soup (valid or not)', () => {
    const line = fc.constantFrom(
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: a',
      '  name: b',
      '  labels:',
      '    x: y',
      '  - a',
      '- b: c',
      '  - d: e',
      '    f: g',
      '---',
      '--- # c',
      '...',
      '# comment',
      '   # indented',
      '',
      '  key: "v: w"',
      "  key: 'it''s'",
      '  key: "unclosed',
      'items:',
      'items:',
      '- ',
      '-',
      '  -   x: 1',
      'a: b: c',
      'k:v',
      '  ? x',
      '  k: &a v',
      '  k: *a',
      '  k: !t v',
      '  k: |',
      '    text',
      '  k: [x]',
      '  "q": 1',
      '  x: 1 # c',
      '  x: 1#c',
      ' odd: indent',
      '    deep: x',
      '\ttab: x',
      '  y:',
      'z: -1',
      'w: -',
      '  - - x',
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        if (expectAgrees(lines.join('\n')) !== null) taken++;
      }),
      { numRuns: 1500, seed: 14 },
    );
    expect(taken).toBeGreaterThan(100);
  }, 60_000);

  it('takes the fast path on the seed scenarios and agrees on every golden input', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const golden = join(root, 'src/simulator/__golden__');
    const files = [
      ...readdirSync(join(root, 'content/scenarios')).map((f) =>
        join(root, 'content/scenarios', f),
      ),
      ...readdirSync(golden)
        .map((d) => join(golden, d, 'input.yaml'))
        .filter((f) => existsSync(f)),
    ];
    expect(files.length).toBeGreaterThan(25);
    for (const file of files) {
      const result = expectAgrees(readFileSync(file, 'utf8'));
      if (file.includes('content/scenarios')) expect(result, file).not.toBeNull();
    }
  });
});
