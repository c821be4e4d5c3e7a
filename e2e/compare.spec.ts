import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/test.ts';

test.describe('instance and ip side by side', () => {
  test('steps both modes together and says what differs', async ({ comparePage, page }) => {
    await comparePage.goto('?view=compare&lang=en');
    await expect(comparePage.diagram('instance')).toBeVisible();
    await expect(comparePage.diagram('ip')).toBeVisible();
    await expect(comparePage.step()).toHaveText('Step 1 of 16');
    await expect(comparePage.where('instance')).toContainText('hop 1 of 16');
    await expect(comparePage.where('ip')).toContainText('hop 1 of 13');
    await expect(comparePage.button('previous')).toBeDisabled();

    for (let i = 0; i < 7; i++) await comparePage.button('next').click();
    await expect(comparePage.step()).toHaveText('Step 8 of 16');
    await expect(comparePage.where('instance')).toContainText('hop 8 of 16, kube-proxy');
    await expect(comparePage.where('ip')).toContainText('hop 8 of 13, pod');
    await comparePage.button('previous').click();
    await expect(comparePage.where('instance')).toContainText('hop 7 of 16');
    await expect(comparePage.where('ip')).toContainText('hop 7 of 13');

    expect(await comparePage.row('compare.dnat')).toEqual(['kube-proxy DNAT', 'yes', 'no']);
    expect(await comparePage.row('compare.snat')).toEqual(['SNAT to the node', 'yes', 'no']);
    const [, instanceSource, ipSource] = await comparePage.row('compare.podSource');
    expect(instanceSource).toContain('(the node)');
    expect(ipSource).not.toContain('(the node)');
    expect(await comparePage.row('compare.crossNode')).toEqual([
      'Hop to another node',
      'yes',
      'no',
    ]);

    const removed = await comparePage.diffLines('removed').allTextContents();
    const added = await comparePage.diffLines('added').allTextContents();
    expect(removed.some((l) => /target i-0\w+:31666/.test(l))).toBe(true);
    expect(removed.some((l) => l.includes('target type instance'))).toBe(true);
    expect(added.some((l) => /target 10\.0\.\d+\.\d+:\d+/.test(l))).toBe(true);
    expect(added.some((l) => l.includes('target type ip'))).toBe(true);

    // The chapter link comes back, keeping the language.
    await page.getByRole('link', { name: 'Back to the chapter', exact: true }).click();
    await expect(page).not.toHaveURL(/view=compare/);
    await expect(page.getByRole('link', { name: 'Compare instance and ip' })).toBeVisible();
  });

  test('is reached from the header, keyboard only', async ({ page }) => {
    await page.goto('./?chapter=instance-mode&lang=en&step=3');
    const link = page.getByRole('link', { name: 'Compare instance and ip', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=compare/);
    await expect(page).toHaveURL(/chapter=instance-mode/);
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.cmp-step')).toHaveText('Step 2 of 16');
  });

  for (const lang of ['en', 'ko'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang}, ${theme}: passes axe and is photographed`, async ({ comparePage, page }) => {
        await comparePage.goto(`?view=compare&lang=${lang}&theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        for (let i = 0; i < 7; i++) await comparePage.button('next').click();
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
        await comparePage.screenshot(`compare-${lang}-${theme}`);
      });
    }
  }
});
