import { en } from '../src/i18n/messages.en.ts';
import { expect, test } from './fixtures/test.ts';
import { watch } from './quality/watch.ts';

// The built page carries a strict Content-Security-Policy (scripts/vite-plugin-csp.ts). Every kind
// of page works under it: a chapter (its lesson from the worker), a Mermaid callout, the Share
// dialog, the compare view, the embed player and the playground (its editor and worker), and the
// browser reports no violation.
test('the app runs under its Content-Security-Policy without a single violation', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const w = await watch(page);

  await page.goto('./?lang=en&chapter=instance-mode&step=register-targets');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  // The diagram comes from the lesson worker; the callout's Mermaid pictures render.
  await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.misconception .mermaid-svg svg').first()).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole('button', { name: en['player.next'], exact: true }).click();
  await page.getByRole('button', { name: en['player.previous'], exact: true }).click();

  // The Share dialog (Mermaid text, pictures).
  const share = page.getByRole('button', { name: /Share/ }).first();
  if (await share.isVisible()) {
    await share.click();
    await expect(page.getByRole('heading', { name: en['share.title'] })).toBeVisible();
    await page.keyboard.press('Escape');
  }

  await page.goto('./?lang=ko&chapter=ip-mode&view=compare');
  await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });

  await page.goto('./?lang=en&chapter=ip-mode&step=2&embed=1');
  await expect(page.locator('.react-flow')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: en['player.next'], exact: true }).click();
  await expect(page.getByText(/^Step 3 of \d+$/)).toBeVisible();

  await page.goto('./?lang=en&chapter=playground');
  await expect(page.locator('.cm-editor')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });

  console.log(
    `[quality] csp: 5 pages, ${w.requests.length} requests, ${w.violations.length} violations, ${w.cspConsole.length} CSP console messages`,
  );
  expect(w.violations, 'securitypolicyviolation events').toEqual([]);
  expect(w.cspConsole, 'console messages about the policy').toEqual([]);
});
