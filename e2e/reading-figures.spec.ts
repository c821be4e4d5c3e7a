import { en } from '../src/i18n/messages.en.ts';
import { expect, test } from './fixtures/test.ts';

// Reading mode draws a step's still (and the quiz's canvas) as it nears the viewport, so that
// switching to it does not build twenty figures at once; printing draws them all.
test('reading mode draws its stills on the way down, and all of them for printing', async ({
  chapterPage,
  page,
}) => {
  await chapterPage.goto('?chapter=instance-mode&lang=en');
  await page.getByRole('button', { name: en['reading.toggle'], exact: true }).click();
  const steps = page.locator('.reading-step');
  await expect(steps).toHaveCount(12);
  await expect(steps.first().locator('svg.static-diagram')).toBeVisible();
  const last = steps.last();
  // Far below the fold: its place is held, and named like the picture.
  await expect(last.locator('.static-diagram-slot.is-pending')).toHaveAttribute(
    'aria-label',
    /.+/,
  );
  await expect(page.locator('.quiz-diagram.is-pending')).toHaveCount(1);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('svg.static-diagram')).toBeVisible();
  await page.locator('.quiz-diagram').scrollIntoViewIfNeeded();
  await expect(page.locator('.quiz-diagram .react-flow__node').first()).toBeVisible();

  await chapterPage.goto('?chapter=ip-mode&lang=en');
  await page.getByRole('button', { name: en['reading.toggle'], exact: true }).click();
  await expect(steps.first().locator('svg.static-diagram')).toBeVisible();
  await expect(page.locator('.static-diagram-slot.is-pending').first()).toBeAttached();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.static-diagram-slot.is-pending')).toHaveCount(0);
  await expect(page.locator('.reading-step svg.static-diagram')).toHaveCount(await steps.count());
});
