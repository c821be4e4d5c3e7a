import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';

// Screen readers hear each step's narration once: the polite live region changes once per step
// and not again while the step's animation runs (the visible narration follows the animation
// part by part, but is not live). With reduced motion nothing moves and the page says the same.

/** Starts counting the narration region's changes: texts it took, and rewrites to the same text. */
async function watchNarration(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[aria-live="polite"].step-announcer');
    if (!region) throw new Error('no narration region');
    const log = { texts: [] as string[], repeats: 0 };
    let last = region.textContent ?? '';
    new MutationObserver(() => {
      const now = region.textContent ?? '';
      if (now === last) log.repeats++;
      else log.texts.push(now);
      last = now;
    }).observe(region, { childList: true, subtree: true, characterData: true });
    (window as unknown as { narrationLog: typeof log }).narrationLog = log;
  });
}

const narrationLog = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { narrationLog: { texts: string[]; repeats: number } }).narrationLog,
  );

/**
 * Over the next `frames` animation frames: the packet's distinct positions, and the most CSS or
 * Web Animations running at once.
 */
const packetPositions = (page: Page, frames: number) =>
  page.evaluate(async (frames) => {
    const seen = new Set<string>();
    let animations = 0;
    for (let i = 0; i < frames; i++) {
      await new Promise(requestAnimationFrame);
      const token = document.querySelector('[data-testid="diagram-packet"]');
      const box = token?.getBoundingClientRect();
      if (box) seen.add(`${Math.round(box.x)},${Math.round(box.y)}`);
      animations = Math.max(animations, document.getAnimations().length);
    }
    return { positions: seen.size, animations };
  }, frames);

test('each step is announced once, not again while its animation plays', async ({ page }) => {
  await page.goto('./?lang=en&chapter=instance-mode&step=1');
  const progress = page.getByRole('progressbar').first();
  await expect(progress).toHaveAttribute('aria-valuenow', '1', { timeout: 20_000 });
  await watchNarration(page);
  // Play through three steps at double speed, the packet moving in some of them.
  await page.getByRole('checkbox', { name: 'Play through', exact: true }).check();
  await page.getByRole('combobox', { name: 'Speed', exact: true }).selectOption('2');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Until step 4 has begun (a short step can pass between two looks, so "at least").
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const reached = Number(await progress.getAttribute('aria-valuenow'));
  const log = await narrationLog(page);
  expect(log.repeats).toBe(0);
  // Every step from 2 to where the pause came, each once, though steps 2 and 3 play three
  // events each and the visible narration tells each of them.
  const steps = Array.from({ length: reached - 1 }, (_, i) => String(i + 2));
  expect(log.texts.map((text) => /^Step (\d+) of/.exec(text)?.[1])).toEqual(steps);
  console.log(
    `[quality] narration: ${log.texts.length} announcements for steps 2–${reached}, ${log.repeats} repeats`,
  );
});

test('with reduced motion nothing moves, and the step says the same', async ({ page }) => {
  const progress = page.getByRole('progressbar').first();
  // What a step tells: its narration, the diagram's elements by name, the PDU panel.
  const told = async () => ({
    narration: await page.locator('.step-narration').textContent(),
    elements: await page
      .locator('.react-flow [role="button"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '').sort()),
    pdu: await page.locator('.pdu-panel').first().textContent(),
  });
  // Replays the last step (the response's way back to the client); where the packet was.
  const replayLast = async () => {
    await page.keyboard.press('End');
    await expect(progress).toHaveAttribute('aria-valuenow', total);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    const positions = await packetPositions(page, 60);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.keyboard.press('End');
    return positions;
  };

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('./?lang=en&chapter=instance-mode&step=1');
  await expect(progress).toHaveAttribute('aria-valuenow', '1', { timeout: 20_000 });
  const total = (await progress.getAttribute('aria-valuemax')) ?? '';
  const moving = await replayLast();
  const withMotion = await told();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const still = await replayLast();
  const withoutMotion = await told();

  console.log(
    `[quality] over 60 frames of the last step: ${moving.positions} packet positions and up to ${moving.animations} animations with motion; ${still.positions} and ${still.animations} reduced`,
  );
  expect(moving.positions).toBeGreaterThan(10);
  // Reduced: the packet is drawn where each hop ends (a jump per hop, nothing in between) and
  // nothing animates. The response has six hops: pod, node, kube-proxy, target group, ALB, client.
  expect(still.positions).toBeLessThanOrEqual(6);
  expect(still.animations).toBe(0);
  expect(withoutMotion).toEqual(withMotion);
});
