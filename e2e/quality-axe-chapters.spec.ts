import { chapterIds } from '../src/lesson/chapters.ts';
import { expect, test } from './fixtures/test.ts';
import { axeViolations, COLOUR_RULES, goInPage, injectAxe } from './quality/axe-in-page.ts';

// axe over every chapter at its first, middle and last step, in both languages and both themes
// (the other views: quality-axe-views.spec.ts).
//
// Kept cheap for CI: one page load per language; chapters and steps change in-page the way the
// back button does (the address replaced, then popstate), the theme with its switch, and axe is
// injected once. Every default rule (best-practice included) runs in one theme, the colour rules
// in the other; the header, the same on every chapter, is scanned on the first chapter, the main
// region on the others. Under reduced motion a step is drawn settled at once, so nothing is
// scanned half-faded.

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
    await injectAxe(page);
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
      for (const step of [...new Set([1, Math.ceil(last / 2), last])]) {
        if (written) {
          await goInPage(page, `?lang=${lang}&chapter=${chapter}&step=${step}&theme=${fullTheme}`);
          await expect(progress).toHaveAttribute('aria-valuenow', String(step));
          await expect(page.locator('.prose-step')).toBeVisible();
        }
        await expect(page.locator('.react-flow').first()).toBeVisible();
        for (const [t, rules] of [
          [fullTheme, undefined],
          [colourTheme, COLOUR_RULES],
        ] as const) {
          await theme.selectOption(t);
          await expect(page.locator('html')).toHaveAttribute('data-theme', t);
          const before = Date.now();
          const include = chapter === chapterIds[0] ? undefined : 'main';
          for (const v of await axeViolations(page, { include, rules }))
            found.push(`${chapter} step ${step} ${t}: ${v}`);
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
