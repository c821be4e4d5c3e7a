import AxeBuilder from '@axe-core/playwright';
import type { MessageKey } from '../src/i18n/messages.en.ts';
import { MOMENTS } from '../src/lesson/compare-frames.ts';
import { expect, test } from './fixtures/test.ts';
import type { Moment } from './fixtures/compare-page.ts';

// instance-mode's request (reference §9.2, §9.3, seed 12): in instance mode the ALB sends it to a
// node's NodePort, kube-proxy DNATs and SNATs it to a pod on the other node; in ip mode it goes
// straight to a pod's IP. The compare view lines the two up by what happens, not by hop number.
/** What ip mode does not have: no kube-proxy NAT, no second node, nothing to undo on the way back. */
const NOT_IN_IP: ReadonlySet<Moment> = new Set(['nat', 'other-node', 'un-nat']);

const sideKey = (moment: Moment) => `compare.side.${moment}` as MessageKey;
const heldKey = (moment: Moment) => `compare.held.${moment}` as MessageKey;

test.describe('instance and ip, lined up by meaning', () => {
  test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });

  test('opens at the packet; each moment names the same thing on both sides, 12 px text or more', async ({
    comparePage,
  }) => {
    await comparePage.goto('?view=compare&chapter=instance-mode&lang=en');
    await expect(comparePage.step()).toHaveText(
      comparePage.stepText(1, MOMENTS.length, 'target-group'),
    );
    await expect(comparePage.button('previous')).toBeDisabled();
    for (const [index, moment] of MOMENTS.entries()) {
      if (index > 0) await comparePage.button('next').click();
      await expect(comparePage.step()).toHaveText(
        comparePage.stepText(index + 1, MOMENTS.length, moment),
      );
      await expect(comparePage.moment(moment)).toHaveAttribute('aria-current', 'step');
      await expect(comparePage.where('instance')).toHaveText(comparePage.template(sideKey(moment)));
      await expect(comparePage.where('ip')).toHaveText(
        comparePage.template(NOT_IN_IP.has(moment) ? heldKey(moment) : sideKey(moment)),
      );
      for (const mode of ['instance', 'ip'] as const) {
        await expect(comparePage.diagram(mode).locator('.react-flow__node').first()).toBeVisible();
        expect(await comparePage.smallestText(mode), `${mode} at ${moment}`).toBeGreaterThanOrEqual(
          12,
        );
      }
    }
    await expect(comparePage.button('next')).toBeDisabled();
    // The NAT moment, by name; the keyboard steps too.
    await comparePage.moment('nat').click();
    await expect(comparePage.where('instance')).toContainText('DNAT');
    await comparePage.press('ArrowRight');
    await expect(comparePage.step()).toHaveText(
      comparePage.stepText(4, MOMENTS.length, 'other-node'),
    );
  });

  test('folds the controller into what it set up differently', async ({ comparePage }) => {
    await comparePage.goto('?view=compare&chapter=instance-mode&lang=en');
    const row = (key: MessageKey) =>
      comparePage
        .controllerTable()
        .getByRole('row')
        .filter({ has: comparePage.page.getByRole('rowheader', { name: comparePage.text(key) }) })
        .getByRole('cell');
    await expect(row('compare.controller.targetType')).toHaveText(['instance', 'ip']);
    await expect(row('compare.controller.targets').first()).toContainText(/i-0\w+/);
    await expect(row('compare.controller.targets').last()).toContainText(/10\.0\.\d+\.\d+/);
    const rules = row('compare.controller.rule');
    await expect(rules.first()).toHaveText(
      comparePage.template('compare.controller.rule.instance'),
    );
    await expect(rules.last()).toHaveText(comparePage.template('compare.controller.rule.ip'));
  });

  test('ko, dark: passes axe', async ({ comparePage, page }) => {
    await comparePage.goto('?view=compare&chapter=instance-mode&lang=ko&theme=dark');
    await comparePage.moment('nat').click();
    await expect(comparePage.where('ip')).toHaveText(comparePage.template('compare.held.nat'));
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });
});

test.describe('under 900 px, tabs', () => {
  test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

  test('one mode at a time, switched by tabs, in Korean; side by side again from 900 px', async ({
    comparePage,
    page,
  }) => {
    await comparePage.goto('?view=compare&chapter=instance-mode&lang=ko');
    await expect(comparePage.tab('instance')).toHaveAttribute('aria-selected', 'true');
    await expect(comparePage.diagram('instance')).toBeVisible();
    await expect(comparePage.diagram('ip')).toHaveCount(0);
    await comparePage.moment('pod').click();
    expect(await comparePage.smallestText('instance')).toBeGreaterThanOrEqual(12);
    await comparePage.tab('ip').click();
    await expect(comparePage.diagram('ip')).toBeVisible();
    await expect(comparePage.diagram('instance')).toHaveCount(0);
    // The moment stays where it was.
    await expect(comparePage.step()).toHaveText(comparePage.stepText(5, MOMENTS.length, 'pod'));
    await expect(comparePage.where('ip')).toHaveText(comparePage.template('compare.side.pod'));
    expect(await comparePage.smallestText('ip')).toBeGreaterThanOrEqual(12);

    await page.setViewportSize({ width: 900, height: 844 });
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await expect(comparePage.diagram('instance')).toBeVisible();
    await expect(comparePage.diagram('ip')).toBeVisible();
  });
});

test('is reached from the chapter header and back', async ({ comparePage, page }) => {
  await page.goto('./?chapter=instance-mode&lang=en&step=3');
  await page.getByRole('link', { name: comparePage.text('compare.open'), exact: true }).click();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(/chapter=instance-mode/);
  await expect(comparePage.step()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: comparePage.text('compare.back'), exact: true }).click();
  await expect(page).not.toHaveURL(/view=compare/);
});
