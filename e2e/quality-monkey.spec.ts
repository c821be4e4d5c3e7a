import type { Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { expect, test } from './fixtures/test.ts';
import { ChapterPage } from './fixtures/chapter-page.ts';
import { watch } from './quality/watch.ts';

// A seeded monkey: 1,000 random actions (clicks on the app's buttons and links, the keys, the
// target type, the language, back and forward, and the embed's postMessage commands). The same
// seed gives the same actions. Afterwards: no console error, no unhandled error or rejection, and
// the app still answers Next.
const SEED = Number(process.env.MONKEY_SEED ?? 20261129);
const MAIN_ACTIONS = 750;
const EMBED_ACTIONS = 250;

/** mulberry32: a small seeded generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clicks the n-th (modulo) visible, enabled button, link or radio of the app; says which. */
async function clickSomething(page: Page, pick: number): Promise<string> {
  return (
    page
      .evaluate((pick) => {
        const all = Array.from(
          document.querySelectorAll<HTMLElement>(
            '#root button, #root a[href], #root [role="radio"], #root summary, #root input[type="checkbox"]',
          ),
        ).filter((el) => {
          if ((el as HTMLButtonElement).disabled) return false;
          const href = el.getAttribute('href');
          // Links that leave the app, download a file or open a window are not the monkey's.
          if (href && (/^(https?:)?\/\//.test(href) || el.hasAttribute('download'))) return false;
          if (el.getAttribute('target') === '_blank') return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        });
        if (all.length === 0) return 'nothing';
        const el = all[pick % all.length];
        if (!el) return 'nothing';
        el.click();
        return `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)}"`;
      }, pick)
      // A click that navigates (a link) ends the evaluation's page: that is fine.
      .catch(() => 'navigated')
  );
}

/**
 * Opens `url` even when one of the monkey's last clicks or back/forward is still navigating
 * (Playwright then reports the goto as interrupted, or Chromium as ERR_ABORTED when the pending
 * history navigation cancels it): waits for that page, then goes again.
 */
async function goTo(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (error) {
      const cut = /interrupted by another navigation|net::ERR_ABORTED/.test(String(error));
      if (attempt >= 3 || !cut) throw error;
      await page.waitForLoadState();
    }
  }
}

/** Lets the page run a few animation frames, so that what the last actions started happens. */
const framesPass = (page: Page) =>
  page
    .evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => requestAnimationFrame(() => done())),
          ),
        ),
    )
    .catch(() => undefined);

const KEYS = ['ArrowRight', 'ArrowLeft', 'Space', 'Home', 'End', 'Escape', 'Tab'];

test('a seeded monkey: 1,000 actions, then no error and the app still answers', async ({
  page,
  baseURL,
}) => {
  // 100–130 s alone; beside another worker on a 2-core machine it took over 240 s.
  test.setTimeout(420_000);
  const w = await watch(page);
  const random = generator(SEED);
  const int = (n: number) => Math.floor(random() * n);
  const origin = new URL(baseURL ?? '').origin;
  const started = Date.now();
  const counts: Record<string, number> = {};
  const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

  const chapter = new ChapterPage(page);
  await chapter.goto('?lang=en&chapter=instance-mode');
  for (let i = 0; i < MAIN_ACTIONS; i++) {
    const roll = random();
    // Back at the app if an action left it (a link, or back past the first page).
    if (!page.url().startsWith(origin)) await goTo(page, './?lang=en&chapter=instance-mode');
    if (roll < 0.45) {
      count('click');
      await clickSomething(page, int(10_000));
    } else if (roll < 0.75) {
      count('key');
      await page.keyboard.press(KEYS[int(KEYS.length)] ?? 'Tab');
    } else if (roll < 0.83) {
      count('mode');
      const radio = page.getByRole('radio', {
        name: random() < 0.5 ? 'ip' : 'instance',
        exact: true,
      });
      if (await radio.first().isVisible())
        await radio
          .first()
          .click({ timeout: 500 })
          .catch(() => undefined);
    } else if (roll < 0.88) {
      count('language');
      const link = page.locator('a[hreflang]').nth(int(2));
      if (await link.isVisible()) await link.click({ timeout: 500 }).catch(() => undefined);
    } else if (roll < 0.94) {
      count('back');
      await page.goBack({ timeout: 5_000 }).catch(() => undefined);
    } else {
      count('forward');
      await page.goForward({ timeout: 5_000 }).catch(() => undefined);
    }
    // Let a few frames run now and then, so that what the action started happens.
    // (A click the page does not take, under an open dialog, is a monkey's miss, not a failure.)
    if (i % 25 === 0) await framesPass(page);
  }

  // The embed player, driven by messages (well-formed and not) as a host page would send them.
  await goTo(page, './?lang=en&chapter=ip-mode&embed=1');
  await expect(page.locator('.react-flow')).toBeVisible({ timeout: 20_000 });
  const commands = [
    { type: 'lbc-explainer:next' },
    { type: 'lbc-explainer:prev' },
    { type: 'lbc-explainer:play' },
    { type: 'lbc-explainer:pause' },
    { type: 'lbc-explainer:goto', chapter: 'instance-mode', step: 3 },
    { type: 'lbc-explainer:goto', chapter: 'nope', step: -1 },
    { type: 'lbc-explainer:setMode', mode: 'ip' },
    { type: 'lbc-explainer:setMode', mode: 'instance' },
    { type: 'lbc-explainer:setLang', lang: 'ko' },
    { type: 'lbc-explainer:setLang', lang: 'en' },
    { type: 'lbc-explainer:setTheme', theme: 'dark' },
    { type: 'lbc-explainer:next', extra: '<img src=x onerror=alert(1)>' },
    { type: 'something-else' },
    'lbc-explainer:next',
    null,
  ];
  for (let i = 0; i < EMBED_ACTIONS; i++) {
    const roll = random();
    if (roll < 0.6) {
      count('message');
      await page.evaluate((data) => window.postMessage(data, '*'), commands[int(commands.length)]);
    } else if (roll < 0.85) {
      count('key');
      await page.keyboard.press(KEYS[int(KEYS.length)] ?? 'Tab');
    } else {
      count('click');
      await clickSomething(page, int(10_000));
    }
    if (!page.url().startsWith(origin)) await goTo(page, './?lang=en&chapter=ip-mode&embed=1');
  }
  await framesPass(page);

  // Still answering: a chapter opened from the page's own contents steps with Next.
  await goTo(page, './?lang=en&chapter=instance-mode');
  await chapter.diagram().waitFor();
  await page.keyboard.press('Home');
  const before = await chapter.progress().getAttribute('aria-valuenow');
  await page.getByRole('button', { name: en['player.next'], exact: true }).click();
  await expect(chapter.progress()).not.toHaveAttribute('aria-valuenow', before ?? '');

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  console.log(
    `[quality] monkey (seed ${SEED}): ${MAIN_ACTIONS + EMBED_ACTIONS} actions (${summary}) in ${seconds}s; ${w.consoleErrors.length} console errors, ${w.pageErrors.length} page errors, ${w.dialogs.length} dialogs`,
  );
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.pageErrors, 'unhandled errors and rejections').toEqual([]);
  expect(w.dialogs, 'dialogs').toEqual([]);
});
