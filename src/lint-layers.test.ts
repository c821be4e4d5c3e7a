import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, proved on made-up files: a forbidden import fails lint, an
// allowed one passes (so this test fails if the rules go missing or grow too wide).
const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

/** A file that imports `specifier` and uses what it imports. */
const importing = (specifier: string, typeOnly = false) =>
  typeOnly
    ? `import type * as imported from '${specifier}';\nexport type Imported = typeof imported;\n`
    : `import * as imported from '${specifier}';\nexport const used = imported;\n`;

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages ?? [];
}

const forbidden: [file: string, specifier: string, message: RegExp][] = [
  ['src/simulator/probe.ts', '../state/app-store.ts', /src\/simulator must not import state/],
  [
    'src/simulator/reconcile/targets/probe.ts',
    '../../../state/app-store.ts',
    /src\/simulator must not import state/,
  ],
  ['src/simulator/probe.ts', '../scene/build-scene.ts', /src\/simulator must not import scene/],
  [
    'src/scene/probe.ts',
    '../simulator/reconcile/targets/resolve-targets.ts',
    /front door src\/simulator\/index\.ts/,
  ],
  ['src/scene/probe.ts', '../lesson/lesson.ts', /src\/scene must not import lesson/],
  ['src/scene/probe.ts', '../i18n/locales.ts', /src\/scene must not import i18n/],
  ['src/lesson/probe.ts', '../state/app-store.ts', /src\/lesson must not import state/],
  [
    'src/lesson/quiz/probe.ts',
    '../../ui/chapter/ChapterPage.tsx',
    /src\/lesson must not import ui/,
  ],
  ['src/lesson/probe.ts', '../i18n/translate.ts', /src\/lesson must not import i18n/],
  ['src/lesson/probe.test.ts', '../state/app-store.ts', /src\/lesson must not import state/],
  ['src/state/probe.ts', '../ui/chapter/ChapterPage.tsx', /src\/state must not import ui/],
  ['src/state/probe.ts', '../App.tsx', /src\/state must not import App\.tsx/],
  ['src/i18n/probe.ts', '../state/app-store.ts', /src\/i18n must not import state/],
  ['src/i18n/probe.ts', '../ui/chapter/ChapterPage.tsx', /src\/i18n must not import ui/],
  ['src/cli/probe.ts', '../state/app-store.ts', /src\/cli must not import state/],
  ['src/ui/plan/probe.tsx', '../../simulator/aws/plan.ts', /front door/],
  [
    'content/chapters/x/chapter.ts',
    '../../../src/lesson/lesson.ts',
    /content\/ imports only src\/lesson\/define-chapter\.ts/,
  ],
  ['src/ui/chapter/probe.tsx', '../../lesson/catalogue.ts', /lesson\/outlines\.ts/],
  ['src/state/probe.ts', '../lesson/catalogue.ts', /lesson\/outlines\.ts/],
  ['src/lesson/probe.ts', 'react', /are pure/],
  ['src/lesson/probe.ts', 'zustand/react/shallow', /are pure/],
];

const allowed: [file: string, specifier: string][] = [
  ['src/simulator/reconcile/probe.ts', '../world/build-world.ts'],
  ['src/scene/probe.ts', '../simulator/index.ts'],
  ['src/lesson/probe.ts', '../scene/build-scene.ts'],
  ['src/lesson/probe.ts', '../simulator/index.ts'],
  ['src/lesson/probe.ts', '../../content/scenarios/seed-instance.yaml?raw'],
  ['src/lesson/probe.test.ts', '../simulator/test-support/manifests.ts'],
  ['src/state/probe.ts', '../lesson/lesson.ts'],
  ['src/state/probe.ts', '../i18n/locales.ts'],
  ['src/i18n/probe.ts', './locales.ts'],
  ['src/cli/probe.ts', '../lesson/lesson.ts'],
  ['src/ui/chapter/probe.tsx', '../../state/app-store.ts'],
  ['src/ui/chapter/probe.tsx', '../../lesson/lesson.ts'],
  ['src/ui/chapter/probe.tsx', '../../lesson/outlines.ts'],
  ['src/ui/chapter/probe.test.tsx', '../../lesson/catalogue.ts'],
  ['src/lesson/probe.ts', './catalogue.ts'],
  ['src/App.tsx', './ui/chapter/ChapterPage.tsx'],
  ['src/bench/probe.tsx', '../App.tsx'],
  ['content/chapters/x/chapter.ts', '../../../src/lesson/define-chapter.ts'],
  ['content/chapters/x/chapter.ts', './scenario.yaml?raw'],
];

describe('the layer rules in eslint.config.js', () => {
  it.each(forbidden)('%s may not import %s', async (file, specifier, message) => {
    const messages = await lint(file, importing(specifier));
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    expect(messages[0]!.message).toMatch(message);
  });

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await lint(file, importing(specifier))).toEqual([]);
  });

  it('lets src/i18n use the simulator’s types, not its code', async () => {
    expect(await lint('src/i18n/probe.ts', importing('../simulator/index.ts', true))).toEqual([]);
    const messages = await lint('src/i18n/probe.ts', importing('../simulator/index.ts'));
    expect(messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it('keeps src/lesson pure: no wall clock, no unseeded randomness, no DOM', async () => {
    const code = 'export const t = [Date.now(), Math.random(), window.innerWidth];\n';
    const rules = (await lint('src/lesson/probe.ts', code)).map((m) => m.ruleId);
    expect(rules).toEqual([
      'no-restricted-properties',
      'no-restricted-properties',
      'no-restricted-globals',
    ]);
    expect(await lint('src/state/probe.ts', code)).toEqual([]);
  });
});
