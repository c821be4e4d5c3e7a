import { expect, test } from './fixtures/test.ts';

// The first chapter's lesson is computed with the build (scripts/vite-plugin-first-lesson.ts):
// a first visit draws it without waiting for the worker to load and run the simulator.
test('the first chapter draws from the lesson built with the app, even with no worker', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.route('**/lesson.worker-*.js', (route) => route.abort());
  await page.goto('./?lang=en&chapter=controller-overview');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.diagram-skeleton')).toHaveCount(0);
  expect(asked.filter((path) => /\/assets\/first-lesson-[0-9a-f]+\.json$/.test(path))).toHaveLength(
    1,
  );
  // Any other lesson still comes from the worker: here, blocked, so the page says it failed.
  await page.getByRole('radio', { name: /^ip/ }).click();
  await expect(page.getByRole('alert')).toBeVisible();
});
