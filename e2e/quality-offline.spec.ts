import { en } from '../src/i18n/messages.en.ts';
import { test as plain } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';
import { ChapterPage } from './fixtures/chapter-page.ts';
import { errorsExceptFonts, foreign, isFont, watch } from './quality/watch.ts';

// No request ever leaves the page's own origin (fonts, chunks, workers are all self-hosted), and
// once the page has loaded, the course keeps working with the network cut.
test('no request goes to another origin, on any kind of page', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const w = await watch(page);
  const origin = new URL(baseURL ?? '').origin;
  for (const query of [
    '?lang=en&chapter=instance-mode&step=register-targets',
    '?lang=ko&chapter=ip-mode&view=compare&theme=dark',
    '?lang=en&chapter=ip-mode&step=2&embed=1',
    '?lang=en&chapter=playground',
  ]) {
    await page.goto(`./${query}`);
    await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });
  }
  await expect(page.locator('.cm-editor')).toBeVisible();
  console.log(
    `[quality] origins: ${w.requests.length} requests on 4 pages, ${foreign(w.requests, origin).length} to another origin`,
  );
  expect(foreign(w.requests, origin)).toEqual([]);
});

// A chapter's prose is a chunk of its own, fetched when the chapter opens: offline, the chapters
// already opened keep working (steps, target type, going back and forth between them).
test('after the first load, the chapters opened keep working offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const w = await watch(page);
  const chapter = new ChapterPage(page);
  const open = async (id: string) => {
    await (await chapter.toc()).waitFor();
    await chapter.tocLink(id).click();
    await expect(chapter.diagram()).toBeVisible({ timeout: 20_000 });
    await expect(chapter.skeleton()).toHaveCount(0, { timeout: 20_000 });
    await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '1');
  };
  await chapter.goto('?lang=en&chapter=instance-mode');
  await open('ip-mode');
  await open('instance-mode');

  await context.setOffline(true);
  const before = w.requests.length;
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await chapter.next();
  await chapter.next();
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '3');
  await chapter.mode('ip').click();
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '3');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  for (const id of ['ip-mode', 'instance-mode', 'ip-mode']) {
    await open(id);
    await chapter.next();
    await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '2');
  }
  await expect(page.getByRole('button', { name: en['player.next'], exact: true })).toBeEnabled();
  console.log(
    `[quality] offline: 2 chapters stepped and reopened with the network cut; ${w.requests.length - before} requests meanwhile, ${failed.length} failed`,
  );
  expect(failed).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  await context.setOffline(false);
});

// A chapter never opened before opens offline: once the first diagram is up, the page fetches
// every chapter's text in idle time (<html data-prose-cached> says when it has). A glyph whose
// font subset no page has used yet is drawn in the fallback font (the one request allowed to
// fail), so this test watches the browser's errors itself instead of the shared fixture.
plain('a chapter never opened before opens offline, its text included', async ({
  page,
  context,
}) => {
  const errors = errorsExceptFonts(page);
  const chapter = new ChapterPage(page);
  await chapter.goto('?lang=en&chapter=instance-mode');
  await expect(page.locator('html')).toHaveAttribute('data-prose-cached', 'en', {
    timeout: 20_000,
  });
  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    if (!isFont(request.url())) failed.push(request.url());
  });
  await (await chapter.toc()).waitFor();
  await chapter.tocLink('change-over-time').click();
  await expect(chapter.skeleton()).toHaveCount(0, { timeout: 20_000 });
  await expect(chapter.diagram()).toBeVisible();
  await expect(chapter.chapterTitle()).toHaveText(en['chapter.title.change-over-time']);
  await expect(chapter.stepTitle()).toBeVisible();
  await expect(page.getByText(en['prose.failed'])).toHaveCount(0);
  await chapter.next();
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '2');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  await context.setOffline(false);
});
