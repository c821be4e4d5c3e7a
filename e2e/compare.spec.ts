import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';

// The seed scenario: 23 controller steps in instance mode, 25 in ip mode (two more targets turn
// healthy), aligned on 25 shared steps; then 16 and 13 hops. 25 + 16 = 41 steps in all.
// The security-group calls come first: CreateTargetGroup is step 11, CreateLoadBalancer step 12.
const TOTAL = 41;
const FIRST_HOP = 26;
const CREATE_LOAD_BALANCER = 12;

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

test.describe('instance and ip side by side', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('steps the controller in both modes together, then the packet', async ({ comparePage }) => {
    await comparePage.goto('?view=compare&lang=en');
    await expect(comparePage.step()).toHaveText(comparePage.stepText(1, TOTAL, 'controller'));
    await expect(comparePage.where('instance')).toContainText('controller step 1 of 23');
    await expect(comparePage.where('ip')).toContainText('controller step 1 of 25');
    await expect(comparePage.button('previous')).toBeDisabled();

    // The same AWS call on the same step in both modes, and the new load balancer drawn in both.
    await comparePage.press('ArrowRight', CREATE_LOAD_BALANCER - 1);
    await expect(comparePage.step()).toHaveText(
      comparePage.stepText(CREATE_LOAD_BALANCER, TOTAL, 'controller'),
    );
    for (const mode of ['instance', 'ip'] as const) {
      await expect(comparePage.where(mode)).toContainText(
        `controller step ${CREATE_LOAD_BALANCER} of`,
      );
      await expect(comparePage.where(mode)).toContainText('elbv2:CreateLoadBalancer');
      await expect(
        comparePage.diagram(mode).getByRole('button', { name: /^Application Load Balancer / }),
      ).toBeVisible();
    }

    // ip turns two more targets healthy; instance holds its last step meanwhile.
    await comparePage.press('ArrowRight', 24 - CREATE_LOAD_BALANCER);
    await expect(comparePage.step()).toHaveText(comparePage.stepText(24, TOTAL, 'controller'));
    await expect(comparePage.where('instance')).toContainText('nothing here in this mode');
    await expect(comparePage.where('ip')).toContainText('controller step 24 of 25');

    // Then the packet, hop by hop, in both modes.
    await comparePage.press('ArrowRight', FIRST_HOP - 24);
    await expect(comparePage.step()).toHaveText(comparePage.stepText(FIRST_HOP, TOTAL, 'packet'));
    await expect(comparePage.where('instance')).toContainText('hop 1 of 16');
    await expect(comparePage.where('ip')).toContainText('hop 1 of 13');
    await comparePage.press('ArrowRight', 7);
    await expect(comparePage.where('instance')).toContainText('hop 8 of 16, kube-proxy');
    await expect(comparePage.where('ip')).toContainText('hop 8 of 13, pod');
    await comparePage.button('previous').click();
    await expect(comparePage.where('instance')).toContainText('hop 7 of 16');
    await expect(comparePage.where('ip')).toContainText('hop 7 of 13');

    await comparePage.press('End');
    await expect(comparePage.step()).toHaveText(comparePage.stepText(TOTAL, TOTAL, 'packet'));
    await expect(comparePage.where('instance')).toContainText('hop 16 of 16');
    await expect(comparePage.where('ip')).toContainText('arrived (all 13 hops shown)');
    await expect(comparePage.button('next')).toBeDisabled();
    await comparePage.press('Home');
    await expect(comparePage.step()).toHaveText(comparePage.stepText(1, TOTAL, 'controller'));
  });

  test('says what differs: NAT, the source the pod sees, the plans', async ({ comparePage }) => {
    await comparePage.goto('?view=compare&lang=en');
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
  });

  test('at 1280 px, puts the two diagrams side by side, each whole, the table below', async ({
    comparePage,
  }) => {
    await comparePage.goto(`?view=compare&lang=en`);
    await comparePage.press('End');
    const left = await box(comparePage.diagram('instance'));
    const right = await box(comparePage.diagram('ip'));
    expect(left.x + left.width).toBeLessThanOrEqual(right.x);
    expect(Math.abs(left.y - right.y)).toBeLessThan(1);
    expect(left.width).toBeGreaterThan(560);
    expect(right.x + right.width).toBeLessThanOrEqual(1280);
    // Every element of each scene is inside its half (nothing cut off, nothing to pan to).
    for (const mode of ['instance', 'ip'] as const) {
      const frame = await box(comparePage.diagram(mode).locator('.react-flow'));
      const nodes = comparePage.nodes(mode);
      await expect(nodes.first()).toBeVisible();
      const boxes = await nodes.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
        }),
      );
      expect(boxes.length).toBeGreaterThan(20);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(frame.x - 1);
        expect(b.y).toBeGreaterThanOrEqual(frame.y - 1);
        expect(b.right).toBeLessThanOrEqual(frame.x + frame.width + 1);
        expect(b.bottom).toBeLessThanOrEqual(frame.y + frame.height + 1);
      }
    }
    const table = await box(comparePage.table());
    expect(table.y).toBeGreaterThan(left.y + left.height);
  });

  test('is reached from the header and stepped with the keyboard only', async ({
    comparePage,
    page,
  }) => {
    await page.goto('./?chapter=instance-mode&lang=en&step=3');
    const link = page.getByRole('link', { name: 'Compare instance and ip', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=compare/);
    await expect(page).toHaveURL(/chapter=instance-mode/);
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(comparePage.step()).toHaveText(comparePage.stepText(2, TOTAL, 'controller'));
    // The chapter link comes back, keeping the language.
    await page.getByRole('link', { name: 'Back to the chapter', exact: true }).click();
    await expect(page).not.toHaveURL(/view=compare/);
    await expect(page.getByRole('link', { name: 'Compare instance and ip' })).toBeVisible();
  });

  for (const lang of ['en', 'ko'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang}, ${theme}: passes axe and is photographed`, async ({ comparePage, page }) => {
        await comparePage.goto(`?view=compare&lang=${lang}&theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await comparePage.press('ArrowRight', CREATE_LOAD_BALANCER - 1);
        await expect(comparePage.step()).toHaveText(
          comparePage.stepText(CREATE_LOAD_BALANCER, TOTAL, 'controller'),
        );
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
        await comparePage.screenshot(`compare-${lang}-${theme}-controller`);
        await comparePage.press('ArrowRight', FIRST_HOP + 7 - CREATE_LOAD_BALANCER);
        await expect(comparePage.step()).toHaveText(
          comparePage.stepText(FIRST_HOP + 7, TOTAL, 'packet'),
        );
        await comparePage.screenshot(`compare-${lang}-${theme}`);
      });
    }
  }
});
