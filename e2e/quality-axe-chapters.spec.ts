import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { chapterIds } from '../src/lesson/chapters.ts';
import { expect, test } from './fixtures/test.ts';

// axe over every chapter at its first, middle and last step, in both languages and both themes
// (the compare view, embed, Share dialog, playground and reading mode: quality-axe-views.spec.ts).
//
// Kept cheap for CI: one page load per language; chapters, steps and languages change in-page
// the way the back button does (the address replaced, then popstate), the theme with its
// switch. axe-core is injected once per page and run in it (AxeBuilder re-injects it and opens a
// page for every scan). Every rule axe enables by default runs, best-practice included, in one
// theme; in the other only the rules colours decide. Under reduced motion a step is drawn
// settled at once, so nothing is scanned half-faded.

const axeSource = (
  createRequire(import.meta.url)('axe-core') as { source: string }
).source;

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeFinding {
  id: string;
  nodes: string[];
}

interface AxeInPage {
  run: (context: unknown, options: unknown) => Promise<{
    violations: { id: string; nodes: { target: string[] }[] }[];
  }>;
}

/**
 * axe's violations on the page: the whole page, or its main region only (the header is the same
 * on every chapter; it is scanned on the first).
 */
async function axeViolations(
  page: Page,
  colourOnly: boolean,
  mainOnly: boolean,
): Promise<AxeFinding[]> {
  return page.evaluate(async ([rules, mainOnly]) => {
    const axe = (window as unknown as { axe: AxeInPage }).axe;
    const result = await axe.run(mainOnly ? { include: [['main']] } : document, {
      resultTypes: ['violations'],
      ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
    });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, [colourOnly ? COLOUR_RULES : null, mainOnly] as const);
}

/** Puts `query` in the address and tells the app, as the back and forward buttons do. */
async function goInPage(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.replaceState(history.state, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

test.describe.configure({ mode: 'parallel' });

for (const [lang, fullTheme, colourTheme] of [
  ['en', 'light', 'dark'],
  ['ko', 'dark', 'light'],
] as const)
  test(`${lang}: every chapter's first, middle and last step pass axe in both themes`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?lang=${lang}&chapter=${chapterIds[0]}&theme=${fullTheme}`);
    await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });
    await page.evaluate(axeSource);
    const theme = page.locator('.theme-switch select');
    const progress = page.getByRole('progressbar').first();
    const found: string[] = [];
    let scans = 0;
    let axeMs = 0;
    const started = Date.now();

    for (const chapter of chapterIds) {
      await goInPage(page, `?lang=${lang}&chapter=${chapter}&theme=${fullTheme}`);
      await expect(page).toHaveURL(new RegExp(`chapter=${chapter}\\b`));
      const written = chapter !== 'playground';
      let last = 1;
      if (written) {
        await expect(progress).toHaveAttribute('aria-valuenow', '1', { timeout: 20_000 });
        last = Number(await progress.getAttribute('aria-valuemax'));
      } else await expect(page.locator('.cm-content')).toBeVisible({ timeout: 20_000 });
      const steps = [...new Set([1, Math.ceil(last / 2), last])];
      for (const step of steps) {
        if (written) {
          await goInPage(page, `?lang=${lang}&chapter=${chapter}&step=${step}&theme=${fullTheme}`);
          await expect(progress).toHaveAttribute('aria-valuenow', String(step));
          await expect(page.locator('.prose-step')).toBeVisible();
        }
        await expect(page.locator('.react-flow').first()).toBeVisible();
        for (const [t, colourOnly] of [
          [fullTheme, false],
          [colourTheme, true],
        ] as const) {
          await theme.selectOption(t);
          await expect(page.locator('html')).toHaveAttribute('data-theme', t);
          const before = Date.now();
          const mainOnly = chapter !== chapterIds[0];
          for (const v of await axeViolations(page, colourOnly, mainOnly))
            found.push(`${chapter} step ${step} ${t}: ${v.id} ${v.nodes.join(' | ')}`);
          axeMs += Date.now() - before;
          scans++;
        }
      }
    }
    console.log(
      `[quality] axe (${lang}): ${scans} scans over ${chapterIds.length} chapters in ${((Date.now() - started) / 1000).toFixed(1)} s (axe ${(axeMs / 1000).toFixed(1)} s), ${found.length} violations`,
    );
    expect(found).toEqual([]);
  });
