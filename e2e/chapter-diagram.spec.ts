import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import type { ChapterPage } from './fixtures/chapter-page.ts';
import { expect, test } from './fixtures/test.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const instanceTarget = 'i-0bbbbbbbbbbbbbbbb:31666';
// The seed's chapter: the controller's steps first (23 in instance mode, 25 in ip mode: two more
// pod IP targets turn healthy; both include the security-group calls — the managed and the shared
// backend group, the listen-port rule, and the node-side rule before RegisterTargets), then the
// packet's hops (16 and 13).
const INSTANCE_TOTAL = 39;
const IP_TOTAL = 38;
const INSTANCE_PACKET = 23;
const IP_PACKET = 25;
/** Step n (1-based) of the packet in instance or ip mode, as a chapter step number. */
const hop = (n: number, mode: 'instance' | 'ip' = 'instance') =>
  n + (mode === 'ip' ? IP_PACKET : INSTANCE_PACKET);
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

// The playground has no written chapter: in the chapter player (`view=steps`; without it the
// playground opens its editor) one step per controller event and packet hop of the seed, which
// is what these tests of the diagram player count.
test.describe('the seed, step by step (the playground)', () => {
  test('opens on the controller, then steps hop by hop to the pod and back, with Next and →', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=playground&view=steps&lang=en');
    await expect(chapterPage.narration()).toHaveText(
      /^Step 1 of 39 \(controller\): The controller pod kube-system\/aws-load-balancer-controller/,
    );
    await expect(chapterPage.mode('instance')).toBeChecked();
    await expect(chapterPage.button('previous')).toBeDisabled();

    await chapterPage.goto(`?chapter=playground&view=steps&lang=en&step=${hop(1)}`);
    await expect(chapterPage.narration()).toHaveText(
      /^Step 24 of 39 \(request\): The client asks DNS/,
    );
    const viaButton: string[] = [];
    for (let step = hop(2); step <= hop(6); step++) {
      await chapterPage.next();
      await expect(chapterPage.narration()).toContainText(`Step ${step} of 39`);
      viaButton.push((await chapterPage.narration().textContent()) ?? '');
    }
    await expect(chapterPage.narration()).toHaveText(
      `Step 29 of 39 (request): The ALB forwards the request to ${instanceTarget} on node k8s-api-domain-2.`,
    );
    await expect(page).toHaveURL(/[?&]step=29(&|$)/);
    await expect(chapterPage.pduPanel()).toContainText('New connection');
    await expect(chapterPage.pduPanel()).toContainText('X-Forwarded-For');

    const viaKey = await collectNarrations(chapterPage, () => page.keyboard.press('ArrowRight'));
    const all = [...viaButton, ...viaKey.slice(1)];
    expect(new Set(all).size).toBe(all.length);
    expect(viaKey.find((t) => t.includes('Step 31 of 39'))).toContain('(DNAT)');
    expect(viaKey.find((t) => t.includes('Step 33 of 39'))).toContain(
      'Pod default/domain-api-1 receives the request',
    );
    await expect(chapterPage.narration()).toHaveText(
      'Step 39 of 39 (response): The client receives 200 from the ALB.',
    );
    await expect(chapterPage.button('next')).toBeDisabled();
    await expect(page).toHaveURL(/[?&]step=39(&|$)/);

    await page.keyboard.press('ArrowLeft');
    await expect(chapterPage.narration()).toContainText('Step 38 of 39');
  });

  test('re-runs in ip mode: pod IP targets, and no kube-proxy hop', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto(`?chapter=playground&view=steps&lang=en&step=${hop(8)}`);
    await expect(chapterPage.pduPanel()).toContainText('kube-proxy');
    await chapterPage.mode('ip').check();

    await expect(page).toHaveURL(/[?&]mode=ip(&|$)/);
    await expect(chapterPage.narration()).toContainText(`Step ${hop(8)} of ${IP_TOTAL}`);
    await expect(chapterPage.diagram()).toContainText(ipTarget);
    // Home on the focused radio button belongs to the radio group; from elsewhere it is the player's.
    await page.locator('h1').click();
    await page.keyboard.press('Home');
    await expect(chapterPage.narration()).toContainText(`Step 1 of ${IP_TOTAL}`);
    await chapterPage.goto(`?chapter=playground&view=steps&lang=en&mode=ip&step=${hop(1, 'ip')}`);

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

  test('works from the keyboard alone: Tab to the controls, Space plays the step, and with "Play through" to the last step', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=playground&view=steps&lang=en');
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

    // Play plays the current step and stops at its end: the step does not change.
    await page.keyboard.press('Space');
    await expect(chapterPage.button('pause')).toBeFocused();
    await expect(chapterPage.button('play')).toBeVisible({ timeout: 20_000 });
    await expect(chapterPage.narration()).toContainText(`Step 1 of ${INSTANCE_TOTAL}`);

    // "Play through", checked from the keyboard, plays on to the last step.
    await tabTo(chapterPage.playThrough());
    await page.keyboard.press('Space');
    await expect(chapterPage.playThrough()).toBeChecked();
    await tabTo(chapterPage.button('play'), 'Shift+Tab');
    await page.keyboard.press('Space');
    await expect(chapterPage.button('pause')).toBeFocused();
    await expect(chapterPage.narration()).toContainText(
      `Step ${INSTANCE_TOTAL} of ${INSTANCE_TOTAL}`,
      {
        timeout: 20_000,
      },
    );
    await expect(chapterPage.button('play')).toBeVisible();

    await page.keyboard.press('Home');
    await expect(chapterPage.narration()).toContainText('Step 1 of 39');
    await page.keyboard.press('End');
    await expect(chapterPage.narration()).toContainText('Step 39 of 39');

    // Space anywhere outside a control plays too; it starts over from the end.
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await expect(chapterPage.button('pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(chapterPage.button('play')).toBeVisible();
  });

  test('restores a deep link in Korean: the sixth hop in ip mode', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto(`?chapter=playground&view=steps&step=${hop(6, 'ip')}&mode=ip&lang=ko`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(chapterPage.mode('ip')).toBeChecked();
    await expect(chapterPage.narration()).toContainText('38단계 중 31단계(요청)');
    await expect(chapterPage.narration()).toContainText(ipTarget);
    await expect(chapterPage.position()).resolves.toEqual({ step: 31, total: 38 });
    for (const key of ['player.previous', 'player.next', 'player.play'] as const)
      await expect(page.getByRole('button', { name: ko[key], exact: true })).toBeVisible();
    await expect(chapterPage.pduPanel()).toContainText('새 연결');
    await expect(chapterPage.notices()).toBeHidden();
  });

  test('switches language on the same step and mode', async ({ chapterPage, page }) => {
    await chapterPage.goto(`?chapter=playground&view=steps&lang=en&step=${hop(6, 'ip')}&mode=ip`);
    await chapterPage.next();
    await page.getByRole('link', { name: ko['language.ko'], exact: true }).click();
    chapterPage.lang = 'ko';
    await expect(page).toHaveURL(/lang=ko&chapter=playground&step=32&mode=ip/);
    await expect(chapterPage.narration()).toContainText('38단계 중 32단계');
    await expect(chapterPage.mode('ip')).toBeChecked();
  });

  test('falls back from bad values in the address and says so', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=playground&view=steps&lang=en&mode=foo&step=999');
    await expect(chapterPage.notices()).toContainText('Unknown target type "foo"');
    await expect(chapterPage.notices()).toContainText('no step "999"');
    await expect(chapterPage.mode('instance')).toBeChecked();
    await expect(chapterPage.narration()).toContainText('Step 1 of 39');
    await expect(page).toHaveURL(/\?lang=en&chapter=playground&step=1&mode=instance&view=steps$/);

    await chapterPage.goto('?chapter=%3Cb%3Enope%3C%2Fb%3E&lang=en&theme=%3Cimg%3E');
    await expect(chapterPage.notices()).toContainText('There is no chapter "<b>nope</b>"');
    await expect(chapterPage.notices().locator('b, img')).toHaveCount(0);
    await page.getByRole('button', { name: en['notice.dismiss'] }).click();
    await expect(chapterPage.notices()).toBeHidden();
  });

  test('a new chapter is a new history entry; a step is not', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=en');
    await chapterPage.next();
    await chapterPage.toc();
    await chapterPage.tocLink('ip-mode').click();
    await expect(page).toHaveURL(/chapter=ip-mode&step=same-setup&mode=ip/);
    await expect(chapterPage.mode('ip')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/chapter=instance-mode&step=controller-starts&mode=instance/);
    await expect(chapterPage.narration()).toContainText('Step 2 of 12');
  });

  test('opens the inspector from a diagram element and closes it with Escape', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto(`?chapter=playground&view=steps&lang=en&step=${hop(6)}`);
    const target = chapterPage.diagram().getByRole('button', { name: /^Target i-0b/ });
    await target.focus();
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('dialog');
    await expect(inspector).toBeVisible();
    await expect(inspector).toContainText('i-0bbbbbbbbbbbbbbbb');
    await expect(inspector).toContainText('healthy');
    await expect(chapterPage.narration()).toContainText('Step 29 of 39');
    await page.keyboard.press('Escape');
    await expect(inspector).toBeHidden();
    await expect(target).toBeFocused();
  });

  test('tells the same steps without motion when the reader asks for less', async ({
    chapterPage,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await chapterPage.goto(`?chapter=playground&view=steps&lang=en&step=${hop(6)}`);
    await expect(chapterPage.narration()).toContainText(instanceTarget);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('Step 30 of 39');
    // A controller step without motion: the AWS call is told, and its token, drawn while the
    // step plays (a settled frame shows the step's result: the listener), is drawn all the same.
    await chapterPage.goto('?chapter=playground&view=steps&lang=en&step=13');
    await expect(chapterPage.narration()).toContainText('elbv2:CreateListener');
    await expect(chapterPage.diagram()).toContainText('HTTPS:443');
    await chapterPage.speed().selectOption('0.25');
    await chapterPage.button('play').click();
    await expect(chapterPage.packetToken()).toHaveAttribute('data-label', 'CreateListener');
    await expect(chapterPage.narration()).toContainText('Step 13 of 39');
  });
});

test.describe('the controller before the packet', () => {
  test('provisions step by step: the load balancer after CreateLoadBalancer, targets after RegisterTargets, then healthy', async ({
    chapterPage,
    page,
  }) => {
    const events = page.getByRole('region', { name: en['event.title'], exact: true });
    const loadBalancer = chapterPage
      .diagram()
      .getByRole('button', { name: /^Application Load Balancer / });
    const targets = chapterPage.diagram().getByRole('button', { name: /^Target i-0/ });

    // Step 5: the Ingress reaches the controller through its watch.
    await chapterPage.goto('?chapter=playground&view=steps&lang=en&step=5');
    await expect(chapterPage.narration()).toHaveText(
      'Step 5 of 39 (controller): The API server tells the controller: Ingress default/domain-ingress was ADDED.',
    );
    await expect(events).toContainText('ADDED');
    await expect(chapterPage.pduPanel()).toHaveCount(0);
    // The watch event's token is drawn while the step plays (Next lands on its settled end).
    await chapterPage.speed().selectOption('0.25');
    await chapterPage.button('play').click();
    await expect(chapterPage.packetToken()).toHaveAttribute('data-label', 'Ingress ADDED');
    await chapterPage.button('pause').click();
    await expect(chapterPage.narration()).toContainText('Step 5 of 39');

    // Step 11: CreateTargetGroup (after the security groups); no load balancer yet.
    // Step 12: CreateLoadBalancer; there it is.
    await chapterPage.goto('?chapter=playground&view=steps&lang=en&step=11');
    await expect(chapterPage.narration()).toContainText('elbv2:CreateTargetGroup');
    await expect(loadBalancer).toHaveCount(0);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('elbv2:CreateLoadBalancer');
    await expect(loadBalancer).toBeVisible();
    await expect(events).toContainText('Request');
    await expect(events).toContainText('Response');

    // Step 19: DescribeTargetHealth finds none. Step 20: the nodes' group lets the backend group
    // in (still no targets). Step 21: RegisterTargets, both initial.
    await chapterPage.goto('?chapter=playground&view=steps&lang=en&step=19');
    await expect(chapterPage.narration()).toContainText('DescribeTargetHealth');
    await expect(targets).toHaveCount(0);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('Step 20 of 39');
    await expect(chapterPage.narration()).toContainText('AuthorizeSecurityGroupIngress');
    await expect(targets).toHaveCount(0);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('elbv2:RegisterTargets');
    await expect(targets).toHaveCount(2);
    for (const target of await targets.all()) await expect(target).toHaveAccessibleName(/initial/);
    await expect(events).toContainText('– → initial');

    // Steps 22 and 23: one, then the other, passes its health checks.
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('turns healthy');
    await expect(events).toContainText('initial → healthy');
    await expect(targets).toHaveCount(2);
    await chapterPage.next();
    for (const target of await targets.all()) await expect(target).toHaveAccessibleName(/healthy/);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText(
      'Step 24 of 39 (request): The client asks DNS',
    );
  });

  test('ip mode registers the pod IPs, and every controller step is told in Korean', async ({
    chapterPage,
  }) => {
    await chapterPage.goto('?chapter=playground&view=steps&mode=ip&lang=ko&step=21');
    await expect(chapterPage.narration()).toContainText('38단계 중 21단계(컨트롤러)');
    await expect(chapterPage.narration()).toContainText('RegisterTargets');
    await expect(chapterPage.diagram().getByRole('button', { name: /^대상 10\.0\./ })).toHaveCount(
      4,
    );
    await chapterPage.goto('?chapter=playground&view=steps&mode=ip&lang=ko&step=1');
    const controller: string[] = [];
    for (let step = 1; step <= IP_PACKET; step++) {
      if (step > 1) await chapterPage.next();
      await expect(chapterPage.narration()).toContainText(`${IP_TOTAL}단계 중 ${step}단계`);
      controller.push((await chapterPage.narration().textContent()) ?? '');
    }
    // Before the packet: the controller's loop, the load balancer's health checks, the cluster.
    for (const text of controller) expect(text).toMatch(/\((컨트롤러|로드 밸런서|클러스터)\): [^{}]+$/);
    expect(controller.some((text) => text.includes('(로드 밸런서)'))).toBe(true);
    expect(new Set(controller).size).toBe(controller.length);
    await chapterPage.next();
    await expect(chapterPage.narration()).toContainText('(요청)');
  });

  for (const lang of ['en', 'ko'] as const) {
    test(`${lang}: a watch, a CreateListener, a RegisterTargets and a packet step are photographed`, async ({
      chapterPage,
      page,
    }) => {
      const shots = [
        ['watch', 5],
        ['create-listener', 13],
        ['register-targets', 21],
        ['packet', hop(6)],
      ] as const;
      for (const [name, step] of shots) {
        await chapterPage.goto(`?chapter=playground&view=steps&lang=${lang}&step=${step}`);
        await page.screenshot({
          path: `screenshots/chapter-step-${name}-${lang}.png`,
          fullPage: true,
        });
      }
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('looks', () => {
  for (const lang of ['en', 'ko'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang}, ${theme}: passes axe and is photographed`, async ({ chapterPage, page }) => {
        await chapterPage.goto(
          `?chapter=playground&view=steps&lang=${lang}&step=${hop(8)}&theme=${theme}`,
        );
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
    await chapterPage.goto(
      `?chapter=playground&view=steps&mode=ip&lang=ko&step=${hop(6, 'ip')}&theme=dark`,
    );
    await expectNoAxeViolations(page);
    await chapterPage.screenshot('chapter-ip-ko-dark');
  });
});
