import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { expect, test } from './fixtures/test.ts';
import { axeViolations, COLOUR_RULES, goInPage, injectAxe } from './quality/axe-in-page.ts';

// axe (every default rule, best-practice included) on the views beside the chapters, in both
// languages and both themes: the playground, the Share dialog, reading mode and the embed with
// its diagram. The compare view has its own axe test in compare.spec.ts. As in
// quality-axe-chapters.spec.ts: axe injected once, language and theme changed in-page, the
// colour rules only in the second theme.

test.describe.configure({ mode: 'parallel' });

const pairs = [
  ['en', 'light', 'dark'],
  ['ko', 'dark', 'light'],
] as const;

test('the playground, the Share dialog and reading mode pass axe', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en&chapter=playground&theme=light');
  await injectAxe(page);
  const found: string[] = [];
  const theme = page.locator('.theme-switch select');
  const scanBothThemes = async (label: string, full: string, other: string) => {
    for (const [t, rules] of [
      [full, undefined],
      [other, COLOUR_RULES],
    ] as const) {
      // The Share dialog is modal: its theme is set before it opens.
      if (!label.startsWith('share')) {
        await theme.selectOption(t);
        await expect(page.locator('html')).toHaveAttribute('data-theme', t);
      }
      for (const v of await axeViolations(page, { rules })) found.push(`${label} ${t}: ${v}`);
    }
  };
  for (const [lang, full, other] of pairs) {
    const m = lang === 'en' ? en : ko;
    await goInPage(page, `?lang=${lang}&chapter=playground&theme=${full}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.cm-content')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('playground-event').first()).toBeVisible();
    await scanBothThemes(`playground ${lang}`, full, other);

    await goInPage(page, `?lang=${lang}&chapter=change-over-time&step=5&theme=${full}`);
    await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', '5', {
      timeout: 20_000,
    });
    for (const t of [full, other]) {
      await theme.selectOption(t);
      await page.getByRole('button', { name: m['share.open'], exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      for (const v of await axeViolations(page, { rules: t === full ? undefined : COLOUR_RULES }))
        found.push(`share ${lang} ${t}: ${v}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }

    await page.getByRole('button', { name: m['reading.toggle'], exact: true }).click();
    await expect(page.locator('.reading-step').first()).toBeVisible();
    await expect(page.locator('.reading-step svg').first()).toBeVisible();
    await scanBothThemes(`reading ${lang}`, full, other);
    await page.getByRole('button', { name: m['reading.toggle'], exact: true }).click();
  }
  console.log(`[quality] axe on playground, Share and reading mode: ${found.length} violations`);
  expect(found).toEqual([]);
});

test('the embed passes axe with its diagram, in both languages and themes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const found: string[] = [];
  for (const [lang, full, other] of pairs)
    for (const [t, rules] of [
      [full, undefined],
      [other, COLOUR_RULES],
    ] as const) {
      await page.goto(`./?embed=1&lang=${lang}&chapter=ip-mode&step=6&theme=${t}`);
      await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });
      await injectAxe(page);
      for (const v of await axeViolations(page, { rules })) found.push(`embed ${lang} ${t}: ${v}`);
    }
  expect(found).toEqual([]);
});
