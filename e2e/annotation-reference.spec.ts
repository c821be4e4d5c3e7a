import { expect, test } from '@playwright/test';

// The annotation reference (?page=annotations): reached from the contents, searchable, in both
// languages, drawn from the simulator's own table.
test.describe('annotation reference', () => {
  test('the contents link to it, and the search narrows the list (en)', async ({ page }) => {
    await page.goto('./?lang=en&chapter=https-and-groups');
    // Below the widest screens the contents are a drawer: open it first.
    const drawer = page.locator('summary', { hasText: 'Chapters' });
    if (await drawer.isVisible()) await drawer.click();
    await page.getByRole('link', { name: 'Annotation reference' }).click();
    await expect(page).toHaveURL(/page=annotations/);
    await expect(page.getByRole('heading', { name: 'Annotation reference' })).toBeVisible();
    const items = page.getByTestId('annotation');
    const total = await items.count();
    expect(total).toBeGreaterThan(50);
    await page.getByLabel('Search annotations').fill('ssl-redirect');
    await expect(items.first()).toContainText('alb.ingress.kubernetes.io/ssl-redirect');
    expect(await items.count()).toBeLessThan(total);
    await expect(page.getByRole('status')).toContainText(`of ${total} annotations`);
    await page.getByLabel('Search annotations').fill('no-such-annotation-anywhere');
    await expect(items).toHaveCount(0);
    await expect(page.getByText('No annotation matches')).toBeVisible();
  });

  test('reads in Korean, and the search finds Korean words', async ({ page }) => {
    await page.goto('./?lang=ko&page=annotations');
    await expect(page.getByRole('heading', { name: '애너테이션 레퍼런스' })).toBeVisible();
    const items = page.getByTestId('annotation');
    const total = await items.count();
    await page.getByLabel('애너테이션 검색').fill('리디렉션');
    await expect(items.filter({ hasText: 'alb.ingress.kubernetes.io/ssl-redirect' })).toHaveCount(
      1,
    );
    expect(await items.count()).toBeLessThan(total);
    await page.getByRole('link', { name: '코스로 돌아가기' }).click();
    await expect(page).not.toHaveURL(/page=annotations/);
  });
});
