import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';

// Issue 10 item 5: the packet panel stands beside the packet while it moves, at a laptop's size.
test.use({ viewport: { width: 1366, height: 768 } });

/** True when the whole box lies inside the 1366×768 viewport. */
async function inViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= 1366 &&
    box.y + box.height <= 768
  );
}

const cases = [
  { mode: 'instance', lang: 'en', step: 'alb-routes' },
  { mode: 'ip', lang: 'ko', step: 'alb-picks-a-pod' },
] as const;

for (const { mode, lang, step } of cases) {
  test(`the packet before and after stands beside the moving packet (${mode}, ${lang})`, async ({
    chapterPage,
  }) => {
    await chapterPage.goto(`?chapter=${mode}-mode&mode=${mode}&lang=${lang}&step=${step}`);
    const panel = chapterPage.pduPanel();
    // The step ends at the target group: the ALB's own connection, its addresses changed.
    // The addresses' table comes first: its two columns are the packet before and after the hop.
    await expect(panel.getByRole('table').first().getByRole('columnheader')).toHaveText(
      lang === 'en' ? ['Before', 'After'] : ['이 홉 전', '이 홉 후'],
      { useInnerText: true },
    );
    await expect(panel.locator('.is-changed').first()).toBeVisible();
    expect(await inViewport(panel)).toBe(true);

    // Play the next step: while the packet moves, the panel is there, above the fold.
    await chapterPage.playThrough().uncheck();
    await chapterPage.button('play').click();
    await expect(chapterPage.button('pause')).toBeVisible();
    await expect(chapterPage.packetToken()).toHaveClass(/is-gliding/);
    expect(await inViewport(panel)).toBe(true);
    await expect(panel.getByRole('columnheader').first()).toBeVisible();
  });
}
