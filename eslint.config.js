import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The layers, lowest first. A layer imports only from the layers below it (tests too: their own
 * layer and below, plus test support):
 *
 *   src/simulator   the pure core; everything outside it imports `src/simulator/index.ts` only
 *     ← src/scene    pure: what the diagram shows at a step
 *     ← src/lesson   pure: chapter specs, runs, lesson resolution, the frame function
 *                    (also any `src/lesson/*worker*` file)
 *     ← src/state    the zustand store, URL sync, stored progress
 *     ← src/ui       React (with src/App.tsx and src/main.tsx)
 *
 * Beside them:
 *   src/i18n   UI strings; imported by state and ui; imports nothing from scene, lesson, state or
 *              ui (simulator types only, through the front door).
 *   content/   the chapters' data and prose; from src it imports only src/lesson/define-chapter.ts
 *              (plus its own files, such as `?raw` YAML). src/lesson and src/ui read it.
 *   src/cli    Node entry points; import simulator, scene and lesson.
 *   src/bench  the frame benchmark's entry; imports anything.
 *
 * Enforced below with `no-restricted-imports` patterns, one block per layer (a file must match
 * one block only: a later block's options for a rule replace an earlier block's).
 */

/** An import of a top-level directory of src (`../state/x.ts`, `../../src/ui/x.tsx`, `./ui/x`). */
const dirOf = (dir) => `^(\\.\\.?/)+(src/)?${dir}/`;
const targets = {
  scene: dirOf('scene'),
  lesson: dirOf('lesson'),
  state: dirOf('state'),
  ui: dirOf('ui'),
  i18n: dirOf('i18n'),
  cli: dirOf('cli'),
  bench: dirOf('bench'),
  content: '^(\\.\\./)+content/',
  'App.tsx/main.tsx': '^(\\.\\.?/)+(src/)?(App|main)(\\.tsx)?$',
};
const upward = (layer, names) =>
  names.map((name) => ({
    regex: targets[name],
    caseSensitive: true,
    message: `Layers: ${layer} must not import ${name} (imports go down: simulator ← scene ← lesson ← state ← ui; see eslint.config.js).`,
  }));
const frontDoorMessage =
  'Outside src/simulator, import the simulator through its front door src/simulator/index.ts only (or its annotation-table.ts, which imports only its own parts in annotation-table/, for the reference page).';
// annotation-table.ts is a side door: the annotation reference page loads the table without the
// simulator's runtime (through index.ts the bundler would hand it the whole simulator chunk).
const frontDoor = [
  {
    regex: '(^|/)simulator/(?!index\\.ts$|annotation-table\\.ts$)',
    caseSensitive: true,
    message: frontDoorMessage,
  },
];
const frontDoorForTests = [
  {
    regex: '(^|/)simulator/(?!index\\.ts$|annotation-table\\.ts$|test-support/)',
    caseSensitive: true,
    message: frontDoorMessage,
  },
];

// The pure layers: no UI library, no DOM, no wall clock, no unseeded randomness.
const bannedInPureLayers = [
  'react',
  'react-dom',
  'zustand',
  'motion',
  'motion/react',
  'framer-motion',
  '@xyflow/react',
  'mermaid',
];
const pureLayerMessage =
  'src/simulator, src/scene and src/lesson are pure: no UI libraries, DOM, timers or clocks.';
const pureImports = {
  paths: bannedInPureLayers.map((name) => ({ name, message: pureLayerMessage })),
  patterns: [{ group: bannedInPureLayers.map((name) => `${name}/*`), message: pureLayerMessage }],
};

// The page (state, ui) reads chapters through lesson/outlines.ts: the full specs (scenarios,
// queries, quizzes) load per chapter or in the lesson worker, never with the first page.
const pageOnlyPatterns = [
  {
    regex: '(^|/)lesson/catalogue\\.ts$',
    caseSensitive: true,
    message:
      'The page reads chapters through lesson/outlines.ts; a full spec loads with its chapter (lesson/load-chapter-spec.ts) or in the lesson worker.',
  },
];

const tests = ['**/*.test.ts', '**/*.test.tsx'];
const testsIn = (dir) => [`${dir}/**/*.test.ts`, `${dir}/**/*.test.tsx`];
const everyUpward = ['scene', 'lesson', 'state', 'ui', 'i18n', 'cli', 'bench', 'App.tsx/main.tsx'];
const layers = [
  {
    dir: 'src/simulator',
    pure: true,
    patterns: upward('src/simulator', [...everyUpward, 'content']),
  },
  {
    dir: 'src/scene',
    pure: true,
    patterns: upward('src/scene', [...everyUpward.slice(1), 'content']),
  },
  { dir: 'src/lesson', pure: true, patterns: upward('src/lesson', everyUpward.slice(2)) },
  {
    dir: 'src/state',
    page: true,
    patterns: upward('src/state', ['ui', 'cli', 'bench', 'App.tsx/main.tsx']),
  },
  {
    dir: 'src/i18n',
    patterns: upward('src/i18n', [
      'scene',
      'lesson',
      'state',
      'ui',
      'cli',
      'bench',
      'App.tsx/main.tsx',
    ]),
  },
  {
    dir: 'src/cli',
    patterns: upward('src/cli', ['state', 'ui', 'i18n', 'bench', 'App.tsx/main.tsx']),
  },
  { dir: 'src/ui', also: ['src/App.tsx', 'src/main.tsx'], page: true, patterns: [] },
  { dir: 'src/bench', patterns: [] },
  { dir: 'src/test-support', patterns: [] },
  {
    dir: 'content',
    patterns: [
      {
        regex: '^(\\.\\./)+src/(?!lesson/define-chapter\\.ts$)',
        caseSensitive: true,
        message: 'Layers: content/ imports only src/lesson/define-chapter.ts from src.',
      },
    ],
  },
];
const layerBlocks = layers.flatMap(({ dir, also = [], pure = false, page = false, patterns }) => {
  const inside = dir === 'src/simulator';
  return [
    {
      files: [`${dir}/**/*.{ts,tsx}`, ...also],
      ignores: tests,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            ...(pure ? { paths: pureImports.paths } : {}),
            patterns: [
              ...(pure ? pureImports.patterns : []),
              ...patterns,
              ...(page ? pageOnlyPatterns : []),
              ...(inside ? [] : frontDoor),
            ],
          },
        ],
      },
    },
    {
      files: testsIn(dir),
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [...patterns, ...(inside ? [] : frontDoorForTests)] },
        ],
      },
    },
  ];
});

export default defineConfig([
  globalIgnores(['dist', 'dist-single', 'node_modules', 'reports', 'test-results', '.subpath']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{js,mjs}', '*.config.ts', 'scripts/**', 'e2e/**', 'src/cli/**'],
    languageOptions: { globals: globals.node },
  },
  ...layerBlocks,
  {
    // i18n may use the simulator's types, not its code.
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)simulator/',
              allowTypeImports: true,
              message: 'Layers: src/i18n may import the simulator’s types only (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/simulator/**/*.{ts,tsx}', 'src/scene/**/*.{ts,tsx}', 'src/lesson/**/*.{ts,tsx}'],
    ignores: tests,
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'setTimeout', 'setInterval', 'requestAnimationFrame'].map(
          (name) => ({ name, message: pureLayerMessage }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter: pass it in.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded random generator so runs are reproducible.',
        },
      ],
    },
  },
]);
