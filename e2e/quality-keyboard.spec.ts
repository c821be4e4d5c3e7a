import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ChapterPage } from './fixtures/chapter-page.ts';
import { expect, test } from './fixtures/test.ts';

// A reader without a mouse: every move below is a key press, and at every stop the focused
// element shows a focus indicator (an outline or a box-shadow).

/**
 * Where focus is and what shows it: an outline or a box-shadow on the focused element (or on the
 * label around it, for a radio drawn as a pill); `indicator` is null when nothing does.
 */
function focusState(target: Element | null) {
  const el = document.activeElement;
  const shown = (e: Element) => {
    const s = getComputedStyle(e);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
      return `outline ${s.outlineWidth}`;
    if (s.boxShadow && s.boxShadow !== 'none') return 'box-shadow';
    return null;
  };
  const label = el?.closest('label');
  return {
    reached: el === target,
    indicator: !el || el === document.body ? 'body' : (shown(el) ?? (label ? shown(label) : null)),
    where: el
      ? `${el.tagName.toLowerCase()}[${el.getAttribute('type') ?? ''}].${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 40)}"`
      : '',
  };
}

async function expectFocusVisible(page: Page): Promise<void> {
  const state = await page.evaluate(focusState, null);
  expect(state.indicator, `focus visible on ${state.where}`).not.toBeNull();
}

/** Tabs (forwards, or backwards with `back`) until `target` has focus; focus is seen at every stop. */
async function tabTo(page: Page, target: Locator, back = false, max = 150): Promise<void> {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < max; presses++) {
    const state = await page.evaluate(focusState, handle);
    if (presses > 0) expect(state.indicator, `focus visible on ${state.where}`).not.toBeNull();
    if (state.reached) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no focus on ${target.toString()} after ${max} presses of Tab`);
}

test('keyboard only: a chapter to its end, the mode, the inspector, the quiz and an export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const chapter = new ChapterPage(page);
  await chapter.goto('?lang=en&chapter=instance-mode');

  // Through the steps with the Next button, then the arrow keys, then End.
  await tabTo(page, chapter.button('next'));
  await page.keyboard.press('Enter');
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '2');
  await page.keyboard.press('ArrowRight');
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '3');
  await page.keyboard.press('End');
  const total = await chapter.progress().getAttribute('aria-valuemax');
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', total ?? '');

  // The target type: the radio group takes the arrow keys.
  await tabTo(page, chapter.mode('instance'), true);
  await page.keyboard.press('ArrowRight');
  await expect(chapter.mode('ip')).toBeChecked();
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', total ?? '');

  // The inspector on a diagram element: Enter opens it, Escape closes it and gives focus back.
  const element = chapter.diagram().getByRole('button', { name: /^Application Load Balancer / });
  await tabTo(page, element);
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('dialog');
  await expect(inspector).toBeVisible();
  await expectFocusVisible(page);
  await page.keyboard.press('Escape');
  await expect(inspector).toBeHidden();
  await expect(element).toBeFocused();

  // The quiz at the chapter's end: a choice picked with the arrow keys, checked with Enter.
  const quiz = page.getByRole('region', { name: en['quiz.title'] });
  await expect(quiz).toBeVisible();
  const choice = quiz.locator('[data-kind="choice"]').first();
  await tabTo(page, choice.locator('input[type="radio"]').first());
  await page.keyboard.press('Space');
  await expect(choice.locator('input[type="radio"]').first()).toBeChecked();
  await tabTo(page, choice.getByRole('button', { name: en['quiz.check'] }));
  await page.keyboard.press('Enter');
  await expect(choice.getByRole('status')).toContainText(
    new RegExp(`${en['quiz.correct']}|${en['quiz.wrong']}`),
  );

  // An export: the Share dialog from the header, its SVG button, a file.
  await tabTo(page, page.getByRole('button', { name: en['share.open'], exact: true }), true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const svg = dialog.getByRole('button', { name: 'SVG', exact: true });
  await tabTo(page, svg);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.keyboard.press('Enter'),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  await page.screenshot({ path: test.info().outputPath('keyboard-export.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
