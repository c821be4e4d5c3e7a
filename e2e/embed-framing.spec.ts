import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { expect, test } from './fixtures/test.ts';

// The compact player as a Confluence iframe macro shows it (760 × 520): the step's focus fits
// the canvas, readable, no zoom button over a card, and the keyboard reaches the player first.
test.use({ viewport: { width: 760, height: 520 } });

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openEmbed(page: Page, query: string) {
  await page.goto(`?embed=1&${query}`);
  await expect(page.locator('.react-flow__node.is-emphasised').first()).toBeVisible({
    timeout: 20_000,
  });
  // The first fit jumps (no animation); wait until the camera stands still.
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  await expect
    .poll(async () => {
      const now = (await viewport.getAttribute('style')) ?? '';
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return { flow: (await page.locator('.dg-flow-box').boundingBox())! };
}

const zoomOf = async (page: Page) =>
  Number(
    /scale\(([\d.]+)\)/.exec(
      (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '',
    )?.[1],
  );

const boxes = async (nodes: Locator) =>
  (await Promise.all((await nodes.all()).map((n) => n.boundingBox()))).filter(
    (b): b is Box => b !== null,
  );

test('the step in focus fits the small canvas, readable, and no zoom button covers a card', async ({
  page,
}) => {
  // A packet step: the node, its ENI and the pod the request reaches, all whole on the canvas.
  const { flow } = await openEmbed(page, 'chapter=ip-mode&step=8&lang=en');
  const focus = await boxes(page.locator('.react-flow__node.is-emphasised'));
  expect(focus.length).toBeGreaterThan(1);
  for (const box of focus) expect(inside(box, flow), JSON.stringify(box)).toBe(true);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.8);

  const controls = (await page.getByRole('button', { name: en['diagram.zoomIn'] }).boundingBox())!;
  expect(overlaps(controls, flow)).toBe(false);

  // A controller step whose focus is larger than the canvas: what it made (the target group) is
  // whole on screen, at a readable zoom.
  await openEmbed(page, 'chapter=ip-mode&step=2&lang=en');
  const tg = (await page.locator('.react-flow__node[data-id^="tg:"]').boundingBox())!;
  const flow2 = (await page.locator('.dg-flow-box').boundingBox())!;
  expect(inside(tg, flow2), JSON.stringify([tg, flow2])).toBe(true);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.8);
});

test('Tab reaches the player first; "Skip the diagram" shows on focus and jumps past its buttons', async ({
  page,
}) => {
  await openEmbed(page, 'chapter=ip-mode&step=3&lang=ko');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: ko['player.previous'] })).toBeFocused();

  const skip = page.getByRole('button', { name: ko['diagram.skip'] });
  await expect(skip).toHaveCSS('clip-path', /inset/);
  await skip.focus();
  await expect(skip).toHaveCSS('clip-path', 'none');
  await page.keyboard.press('Enter');
  const end = page.getByText(ko['diagram.skipEnd']);
  await expect(end).toBeFocused();
  await expect(end).toHaveCSS('clip-path', 'none');
  // The next Tab leaves the diagram's elements behind: it lands on the zoom buttons.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: ko['diagram.zoomIn'] })).toBeFocused();
});

test('the chapter page has the same skip link, in English', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('?chapter=ip-mode&step=3&lang=en');
  const skip = page.getByRole('button', { name: en['diagram.skip'] });
  await skip.focus();
  await expect(skip).toHaveCSS('clip-path', 'none');
  await page.keyboard.press('Enter');
  await expect(page.getByText(en['diagram.skipEnd'])).toBeFocused();
  await page.keyboard.press('Tab');
  const outside = await page.evaluate(
    () => document.activeElement !== null && !document.activeElement.closest('.dg-root'),
  );
  expect(outside).toBe(true);
});
