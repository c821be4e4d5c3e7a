import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';

/**
 * Phones and tablets: the diagram comes first and in view, the prose below it, the step buttons in
 * thumb reach (on screen, at least 44 px tall) and nothing wider than the screen. On a laptop the
 * zoom buttons and React Flow's credit sit under the canvas, not over it.
 */
const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} has no box`);
  return b;
};

for (const { width, height, lang } of [
  { width: 390, height: 844, lang: 'en' },
  { width: 390, height: 844, lang: 'ko' },
  { width: 768, height: 1024, lang: 'en' },
] as const) {
  test(`at ${width}×${height} (${lang}) the diagram is first and in view, the controls in reach, nothing overflows`, async ({
    page,
    chapterPage,
  }) => {
    await page.setViewportSize({ width, height });
    await chapterPage.goto(`?lang=${lang}&chapter=instance-mode&step=2&mode=instance`);

    const frame = await box(page, '.chapter-stage .dg-frame');
    const prose = await box(page, '.chapter-prose');
    expect(frame.y, 'the diagram starts on the first screen').toBeLessThan(height / 3);
    expect(frame.y + frame.height, 'the whole diagram is on the first screen').toBeLessThanOrEqual(
      height,
    );
    expect(prose.y, 'the prose is below the diagram').toBeGreaterThan(frame.y + frame.height);

    for (const name of ['previous', 'play', 'next'] as const) {
      const b = await chapterPage.button(name).boundingBox();
      expect(b, name).not.toBeNull();
      expect(b!.height, `${name} is a thumb tall`).toBeGreaterThanOrEqual(44);
      expect(b!.y + b!.height, `${name} is on the first screen`).toBeLessThanOrEqual(height);
      expect(b!.y, `${name} is under the diagram`).toBeGreaterThan(frame.y + frame.height);
    }

    // The zoom buttons and the credit have a strip of their own under the canvas: they cover no
    // part of the diagram.
    const canvas = await box(page, '.chapter-stage .react-flow__renderer');
    for (const selector of ['.react-flow__controls', '.react-flow__attribution']) {
      const b = await box(page, `.chapter-stage ${selector}`);
      expect(b.y, `${selector} is under the canvas`).toBeGreaterThanOrEqual(
        canvas.y + canvas.height - 1,
      );
    }

    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      wide: [...document.querySelectorAll('header, .chapter > *, .chapter-stage > *, .player')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1);
        })
        .map((el) => el.className),
    }));
    expect(overflow.page, 'no horizontal scrolling').toBeLessThanOrEqual(0);
    expect(overflow.wide, 'no block wider than the screen').toEqual([]);
  });
}

test('at 1366×768 the zoom buttons and the credit sit under the canvas, not over a card', async ({
  page,
  chapterPage,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await chapterPage.goto('?lang=en&chapter=instance-mode&step=2&mode=instance');
  const canvas = await box(page, '.chapter-stage .react-flow__renderer');
  for (const selector of ['.react-flow__controls', '.react-flow__attribution']) {
    const b = await box(page, `.chapter-stage ${selector}`);
    expect(b.y, selector).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
  }
});
