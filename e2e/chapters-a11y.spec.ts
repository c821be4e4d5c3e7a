import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { expect, test } from './fixtures/test.ts';

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );
}

// The written chapter's own parts: prose with glossary terms and a misconception callout drawn by
// mermaid, the contents, the quiz and reading mode, in both languages and themes.
test.describe('a written chapter is accessible', () => {
  for (const [lang, theme] of [
    ['en', 'dark'],
    ['ko', 'light'],
  ] as const)
    test(`${lang}, ${theme}: prose, callout, contents, quiz and reading mode pass axe`, async ({
      chapterPage,
      page,
    }) => {
      // Three axe runs, one of them over reading mode's twelve diagrams.
      test.slow();
      const m = lang === 'en' ? en : ko;
      await page.setViewportSize({ width: 1680, height: 1000 });
      await chapterPage.goto(
        `?chapter=instance-mode&lang=${lang}&theme=${theme}&step=register-targets`,
      );
      const callout = page.getByRole('note', { name: m['prose.misconception.title'] });
      await expect(callout.locator('.mermaid-svg svg')).toHaveCount(2);
      await page.locator('.prose-step .term-word').first().click();
      await expectNoAxeViolations(page);

      await chapterPage.goto(`?chapter=instance-mode&lang=${lang}&theme=${theme}&step=response`);
      await expect(page.getByRole('region', { name: m['quiz.title'] })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: m['reading.toggle'], exact: true }).click();
      await expect(page.locator('.reading-step')).toHaveCount(12);
      // The stills are drawn as they near the viewport, or all at once for printing: all of them.
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await expect(page.locator('.reading-step svg.static-diagram')).toHaveCount(12);
      await expectNoAxeViolations(page);
    });
});
