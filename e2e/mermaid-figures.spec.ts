import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { test as plain } from '@playwright/test';
import { ChapterPage } from './fixtures/chapter-page.ts';
import { expect, test } from './fixtures/test.ts';
import { errorsExceptFonts } from './quality/watch.ts';

// The callouts' figures are drawn ahead of time (`npm run figures`): the page shows the SVG for
// the reader's language and theme and never loads mermaid itself.
test('a callout shows its pre-drawn figures in both languages and themes, without mermaid', async ({
  chapterPage,
  page,
}) => {
  const mermaid: string[] = [];
  page.on('request', (request) => {
    if (/\/mermaid[^/]*\.js|\/node_modules\/mermaid\//.test(request.url()))
      mermaid.push(request.url());
  });
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ko', 'dark'],
    ['ko', 'light'],
    ['en', 'dark'],
  ] as const) {
    const m = lang === 'en' ? en : ko;
    await chapterPage.goto(
      `?chapter=controller-overview&lang=${lang}&theme=${theme}&step=targets-registered`,
    );
    const callout = page.getByRole('note', { name: m['prose.misconception.title'] });
    const figures = callout.locator('.mermaid-svg > svg');
    await expect(figures).toHaveCount(2);
    // Each figure is the one for this language and theme, with an id of its own.
    await expect(figures.first()).toHaveAttribute(
      'id',
      `figure-controller-overview-direct-original-${lang}-${theme}`,
    );
    await expect(figures.last()).toHaveAttribute(
      'id',
      `figure-controller-overview-direct-corrected-${lang}-${theme}`,
    );
    await expect(figures.last()).toContainText(lang === 'en' ? 'Controller' : '컨트롤러');
    await expect(figures.last()).toBeVisible();
  }
  // Too small in the prose column, a figure opens at the size it was drawn (its text at 16 px) in
  // a dialog; Escape closes it and gives the focus back.
  const open = page.getByRole('button', { name: en['prose.mermaid.open'] }).first();
  await open.click();
  // Headed by the figure's own caption: "✗ … — at full size".
  const dialog = page.getByRole('dialog', {
    name: new RegExp(`^✗ .+${en['prose.mermaid.fullSizeOf'].replace('{title}', '')}$`),
  });
  const full = dialog.locator('svg');
  await expect(full).toBeVisible();
  const { shown, drawn } = await full.evaluate((svg: SVGSVGElement) => ({
    shown: svg.getBoundingClientRect().width,
    drawn: svg.viewBox.baseVal.width,
  }));
  expect(Math.abs(shown - drawn), 'drawn at its natural width').toBeLessThanOrEqual(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  expect(mermaid, 'requests for mermaid').toEqual([]);
});

// The pictures of every chapter, in the reader's language and theme, are fetched in idle time with
// the chapters' text (<html data-prose-cached>): a figure never shown before appears offline. A
// font subset no page has used yet may fail to load offline (drawn in the fallback font), so this
// test watches the browser's errors itself instead of the shared fixture.
plain('a figure never shown before appears with the network cut', async ({ page, context }) => {
  const errors = errorsExceptFonts(page);
  const chapter = new ChapterPage(page);
  // This step has no callout (the next one has): no figure is shown before the network goes.
  await chapter.goto('?lang=ko&theme=dark&chapter=controller-overview&step=status-written');
  await expect(page.locator('html')).toHaveAttribute('data-prose-cached', 'ko', {
    timeout: 20_000,
  });
  await expect(page.locator('.mermaid-figure')).toHaveCount(0);
  await context.setOffline(true);
  await chapter.next();
  const figures = page
    .getByRole('note', { name: ko['prose.misconception.title'] })
    .locator('.mermaid-svg > svg');
  await expect(figures).toHaveCount(2);
  await expect(figures.last()).toHaveAttribute(
    'id',
    'figure-controller-overview-direct-corrected-ko-dark',
  );
  expect(errors).toEqual([]);
  await context.setOffline(false);
});
