import AxeBuilder from '@axe-core/playwright';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { expect, test } from './fixtures/test.ts';

const seedTargetGroup = 'default/domain-ingress-location-api:80';

test.describe('the seed plan', () => {
  test('shows the ALB, its HTTPS listener and the instance targets behind NodePort 31666', async ({
    planPage,
    page,
  }) => {
    await planPage.goto('?lang=en');

    await expect(planPage.loadBalancerNames()).toHaveCount(1);
    await expect(planPage.loadBalancerNames()).toHaveText(/^k8s-default-domainin-[0-9a-f]{10}$/);
    await expect(planPage.listener('HTTPS:443')).toBeVisible();
    await expect(
      planPage.listener('HTTPS:443').getByRole('link', { name: seedTargetGroup }),
    ).toBeVisible();

    const rows = planPage.targetRows(seedTargetGroup);
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) {
      await expect(row.getByRole('cell').nth(0)).toHaveText(/^i-[0-9a-f]+$/);
      await expect(row.getByRole('cell').nth(1)).toHaveText('31666');
    }

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
    await planPage.screenshot('seed-plan-en');
  });

  test('is in Korean with ?lang=ko, and passes axe there too', async ({ planPage, page }) => {
    await planPage.goto('?lang=ko');

    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(planPage.title()).toHaveText(ko['app.title']);
    await expect(
      page.getByRole('heading', { level: 2, name: ko['plan.targetGroups'] }),
    ).toBeVisible();
    await expect(planPage.languageLink(ko['language.ko'])).toHaveAttribute('aria-current', 'page');

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
    await planPage.screenshot('seed-plan-ko');
  });

  test('is in English with ?lang=en', async ({ planPage, page }) => {
    await planPage.goto('?lang=en');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(planPage.title()).toHaveText(en['app.title']);
    await expect(page).toHaveTitle(en['app.title']);
    await expect(
      page.getByRole('heading', { level: 2, name: en['plan.targetGroups'] }),
    ).toBeVisible();
  });

  test('switches language with the language links', async ({ planPage, page }) => {
    await planPage.goto('?lang=en');
    await planPage.languageLink(ko['language.ko']).click();

    await expect(page).toHaveURL(/[?&]lang=ko\b/);
    await expect(planPage.title()).toHaveText(ko['app.title']);
  });
});

test.describe('without ?lang=', () => {
  test.describe('in an English browser', () => {
    test.use({ locale: 'en-US' });
    test('is in English', async ({ planPage }) => {
      await planPage.goto();
      await expect(planPage.title()).toHaveText(en['app.title']);
    });
  });

  test.describe('in a browser whose language the app does not have', () => {
    test.use({ locale: 'fr-FR' });
    test('is in Korean', async ({ planPage }) => {
      await planPage.goto();
      await expect(planPage.title()).toHaveText(ko['app.title']);
    });
  });
});

test.describe('with an unknown ?lang=', () => {
  test.use({ locale: 'ko-KR' });
  test('falls back to the browser language and says so', async ({ planPage }) => {
    await planPage.goto('?lang=xx');
    await expect(planPage.title()).toHaveText(ko['app.title']);
    await expect(planPage.notices()).toContainText('"xx"');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: 'ko-KR' });
  test('fits the screen width, and the target table scrolls on its own', async ({
    planPage,
    page,
  }) => {
    await planPage.goto();
    await expect(planPage.targetRows(seedTargetGroup)).toHaveCount(2);

    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await planPage.screenshot('seed-plan-ko-phone');
  });
});
