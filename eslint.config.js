import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The pure layers: no UI library, no DOM, no wall clock, no unseeded randomness.
const pureLayers = ['src/simulator/**/*.{ts,tsx}', 'src/scene/**/*.{ts,tsx}'];
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
  'src/simulator and src/scene are pure: no UI libraries, DOM, timers or clocks.';

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
  {
    files: pureLayers,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bannedInPureLayers.map((name) => ({ name, message: pureLayerMessage })),
          patterns: [
            {
              group: bannedInPureLayers.map((name) => `${name}/*`),
              message: pureLayerMessage,
            },
          ],
        },
      ],
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
