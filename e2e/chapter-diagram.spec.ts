import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import type { ChapterPage } from './fixtures/chapter-page.ts';
import { expect, test } from './fixtures/test.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const instanceTarget = 'i-0bbbbbbbbbbbbbbbb:31666';
const ipTarget = /10\.0\.\d+\.\d+:8000/;

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
}

/** Steps to the end with `advance`, returning the narration of every step, first to last. */
async function collectNarrations(chapter: ChapterPage, advance: () => Promise<void>) {
  const { step: first, total } = await chapter.position();
  const told = [(await chapter.narration().textContent()) ?? ''];
  for (let step = first + 1; step <= total; step++) {
    await advance();
    await expect(chapter.narration()).toContainText(`Step ${step} of ${total}`);
    told.push((await chapter.narration().textContent()) ?? '');
  }
  return told;
}

test.describe('the instance-mode chapter', () => {
  test('steps hop by hop to the pod and back, with the Next button and the → key', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en');
    await expect(chapterPage.narration()).toHaveText(
      /^Step 1 of 16 \(request\): The client asks DNS/,
    );
    await expect(chapterPage.mode('instance')).toBeChecked();
    await expect(chapterPage.button('previous')).toBeDisabled();

    const viaButton: string[] = [];
    for (let step = 2; step <= 6; step++) {
      await chapterPage.next();
      await expect(chapterPage.narration()).toContainText(`Step ${step} of 16`);
      viaButton.push((await chapterPage.narration().textContent()) ?? '');
    }
    await expect(chapterPage.narration()).toHaveText(
      `Step 6 of 16 (request): The ALB forwards the request to ${instanceTarget} on node k8s-api-domain-2.`,
    );
    await expect(page).toHaveURL(/[?&]step=6(&|$)/);
    await expect(chapterPage.pduPanel()).toContainText('New connection');
    await expect(chapterPage.pduPanel()).toContainText('X-Forwarded-For');

    const viaKey = await collectNarrations(chapterPage, () => page.keyboard.press('ArrowRight'));
    const all = [...viaButton, ...viaKey.slice(1)];
    expect(new Set(all).size).toBe(all.length);
    expect(viaKey.find((t) => t.includes('Step 8 of 16'))).toContain('(DNAT)');
    expect(viaKey.find((t) => t.includes('Step 10 of 16'))).toContain(
      'Pod default/domain-api-1 receives the request',
    );
    await expect(chapterPage.narration()).toHaveText(
      'Step 16 of 16 (response): The client receives 200 from the ALB.',
    );
    await expect(chapterPage.button('next')).toBeDisabled();
    await expect(page).toHaveURL(/[?&]step=16(&|$)/);

    await page.keyboard.press('ArrowLeft');
    await expect(chapterPage.narration()).toContainText('Step 15 of 16');
  });

  test('re-runs in ip mode: pod IP targets, and no kube-proxy hop', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en&step=8');
    await expect(chapterPage.pduPanel()).toContainText('kube-proxy');
    await chapterPage.mode('ip').check();

    await expect(page).toHaveURL(/[?&]mode=ip(&|$)/);
    await expect(chapterPage.narration()).toContainText('Step 8 of 13');
    await expect(chapterPage.diagram()).toContainText(ipTarget);
    // Home on the focused radio button belongs to the radio group; from elsewhere it is the player's.
    await page.locator('h1').click();
    await page.keyboard.press('Home');
    await expect(chapterPage.narration()).toContainText('Step 1 of 13');

    const hops: string[] = [];
    const told = await collectNarrations(chapterPage, async () => {
      hops.push((await chapterPage.pduPanel().locator('.pdu-hop').textContent()) ?? '');
      await chapterPage.next();
    });
    expect(told).toHaveLength(13);
    expect(told[5]).toMatch(ipTarget);
    expect(told[5]).toContain('straight to pod');
    expect(hops.some((hop) => hop.includes('kube-proxy'))).toBe(false);
    expect(told.some((t) => t.includes('kube-proxy’s iptables'))).toBe(false);
  });

  test('works from the keyboard alone: Tab to the controls, Space plays to the last step', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en');
    /** Presses Tab (or Shift+Tab) until `target` has the focus. */
    const tabTo = async (target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let i = 0; i < 80; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press(key);
      }
      throw new Error(`${key} never reached ${target}`);
    };

    await tabTo(chapterPage.button('play'));
    await tabTo(chapterPage.speed());
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(chapterPage.speed()).toHaveValue('4');
    await tabTo(chapterPage.button('play'), 'Shift+Tab');

    await page.keyboard.press('Space');
    await expect(chapterPage.button('pause')).toBeFocused();
    await expect(chapterPage.narration()).toContainText('Step 16 of 16', { timeout: 15_000 });
    await expect(chapterPage.button('play')).toBeVisible();

    await page.keyboard.press('Home');
    await expect(chapterPage.narration()).toContainText('Step 1 of 16');
    await page.keyboard.press('End');
    await expect(chapterPage.narration()).toContainText('Step 16 of 16');

    // Space anywhere outside a control plays too; it starts over from the end.
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await expect(chapterPage.button('pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(chapterPage.button('play')).toBeVisible();
  });

  test('restores a deep link in Korean: step 6 in ip mode', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=instance-mode&step=6&mode=ip&lang=ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(chapterPage.mode('ip')).toBeChecked();
    await expect(chapterPage.narration()).toContainText('13단계 중 6단계(요청)');
    await expect(chapterPage.narration()).toContainText(ipTarget);
    await expect(chapterPage.position()).resolves.toEqual({ step: 6, total: 13 });
    for (const key of ['player.previous', 'player.next', 'player.play'] as const)
      await expect(page.getByRole('button', { name: ko[key], exact: true })).toBeVisible();
    await expect(chapterPage.pduPanel()).toContainText('새 연결');
    await expect(chapterPage.notices()).toBeHidden();
  });

  test('switches language on the same step and mode', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en&step=6&mode=ip');
    await chapterPage.next();
    await page.getByRole('link', { name: ko['language.ko'], exact: true }).click();
    chapterPage.lang = 'ko';
    await expect(page).toHaveURL(/lang=ko&chapter=instance-mode&step=7&mode=ip/);
    await expect(chapterPage.narration()).toContainText('13단계 중 7단계');
    await expect(chapterPage.mode('ip')).toBeChecked();
  });

  test('falls back from bad values in the address and says so', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en&mode=foo&step=999');
    await expect(chapterPage.notices()).toContainText('Unknown target type "foo"');
    await expect(chapterPage.notices()).toContainText('no step "999"');
    await expect(chapterPage.mode('instance')).toBeChecked();
    await expect(chapterPage.narration()).toContainText('Step 1 of 16');
    await expect(page).toHaveURL(/\?lang=en&chapter=instance-mode&step=1&mode=instance$/);

    await chapterPage.goto('?chapter=%3Cb%3Enope%3C%2Fb%3E&lang=en&theme=%3Cimg%3E');
    await expect(chapterPage.notices()).toContainText('There is no chapter "<b>nope</b>"');
    await expect(chapterPage.notices().locator('b, img')).toHaveCount(0);
    await page.getByRole('button', { name: en['notice.dismiss'] }).click();
    await expect(chapterPage.notices()).toBeHidden();
  });

  test('a new chapter is a new history entry; a step is not', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en');
    await chapterPage.next();
    await chapterPage.chapterSelect().selectOption('ip-mode');
    await expect(page).toHaveURL(/chapter=ip-mode&step=1&mode=ip/);
    await expect(chapterPage.mode('ip')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/chapter=instance-mode&step=2&mode=instance/);
    await expect(chapterPage.narration()).toContainText('Step 2 of 16');
  });

  test('opens the inspector from a diagram element and closes it with Escape', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en&step=6');
    const target = chapterPage.diagram().getByRole('button', { name: /^Target i-0b/ });
    await target.focus();
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('dialog');
    await expect(inspector).toBeVisible();
    await expect(inspector).toContainText('i-0bbbbbbbbbbbbbbbb');
    await expect(inspector).toContainText('healthy');
    await expect(chapterPage.narration()).toContainText('Step 6 of 16');
    await page.keyboard.press('Escape');
    await expect(inspector).toBeHidden();
    await expect(target).toBeFocused();
  });

  test('tells the same steps without motion when the reader asks for less', async ({
    chapterPage,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await chapterPage.goto('?chapter=instance-mode&lang=en&step=6');
    await expect(chapterPage.narration()).toContainText(instanceTarget);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('Step 7 of 16');
  });
});

test.describe('looks', () => {
  for (const lang of ['en', 'ko'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang}, ${theme}: passes axe and is photographed`, async ({ chapterPage, page }) => {
        await chapterPage.goto(`?chapter=instance-mode&lang=${lang}&step=8&theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page);
        await chapterPage.screenshot(`chapter-instance-${lang}-${theme}`);
        await page.screenshot({
          path: `screenshots/chapter-instance-${lang}-${theme}-full.png`,
          fullPage: true,
        });
      });
    }
  }

  test('ip mode in Korean, dark, passes axe too', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=ip-mode&lang=ko&step=6&theme=dark');
    await expectNoAxeViolations(page);
    await chapterPage.screenshot('chapter-ip-ko-dark');
  });
});
