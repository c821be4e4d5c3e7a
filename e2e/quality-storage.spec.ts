import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';
import { ChapterPage } from './fixtures/chapter-page.ts';
import { watch } from './quality/watch.ts';

// Every key the app keeps in localStorage (grep localStorage: src/state/progress.ts and
// src/state/playground/playground-storage.ts), with values from a corrupt, old or hostile store.
const KEYS = ['aws-lbc-explained.progress', 'aws-lbc-explained:playground:v1'];
const CORRUPT = [
  'not json {',
  'null',
  '[]',
  '42',
  '"a string"',
  '{"version":0,"chapters":{"instance-mode":["register-targets"]}}',
  '{"version":1,"chapters":{"instance-mode":"register-targets","ip-mode":[1,null,{}]}}',
  '{"version":1,"chapters":{"__proto__":{"polluted":true},"constructor":[]}}',
  '{"text":42,"url":null,"clientIp":[],"actions":{}}',
  '{"text":"<script>window.__pwned=1</script>","url":"javascript:alert(1)","clientIp":"x","actions":"y"}',
  `{"version":1,"chapters":{"instance-mode":${JSON.stringify(Array.from({ length: 5000 }, (_, i) => `s${i}`))}}}`,
];

/** Opens a chapter, steps, reopens the playground: the page works whatever the store holds. */
async function exercise(page: Page, diagram = true) {
  const chapter = new ChapterPage(page);
  await chapter.goto('?lang=en&chapter=instance-mode');
  await chapter.next();
  await expect(chapter.progress()).toHaveAttribute('aria-valuenow', '2');
  await page.goto('./?lang=en&chapter=playground');
  await expect(page.locator('.cm-editor')).toBeVisible({ timeout: 20_000 });
  // A stored text of the right shape is the reader's own (it may not be YAML at all).
  if (diagram) await expect(page.locator('.react-flow').first()).toBeVisible({ timeout: 20_000 });
}

test('corrupt or old stored values are ignored', async ({ page }) => {
  test.setTimeout(120_000);
  const w = await watch(page);
  for (const [i, value] of CORRUPT.entries()) {
    await page.addInitScript(
      ({ keys, value, i }) => {
        // Once per case: the page may write its own value afterwards.
        if (sessionStorage.getItem('qa-case') === String(i)) return;
        sessionStorage.setItem('qa-case', String(i));
        for (const key of keys) localStorage.setItem(key, value);
      },
      { keys: KEYS, value, i },
    );
    await exercise(page, false);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  }
  console.log(`[quality] storage: ${CORRUPT.length} corrupt values × ${KEYS.length} keys ignored`);
  expect(w.pageErrors).toEqual([]);
  expect(w.dialogs).toEqual([]);
});

for (const [name, script] of [
  [
    'getItem and setItem throw',
    () => {
      const fail = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
      Storage.prototype.removeItem = fail;
    },
  ],
  [
    'localStorage itself throws',
    () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  ],
] as const)
  test(`the app works when storage is unavailable (${name})`, async ({ page }) => {
    test.setTimeout(60_000);
    const w = await watch(page);
    await page.addInitScript(script);
    await exercise(page);
    await page.locator('.cm-content').click();
    // A comment line at the top keeps the YAML valid (a click mid-line would split a key).
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('# edited\n');
    await expect(page.locator('.react-flow').first()).toBeVisible();
    expect(w.pageErrors).toEqual([]);
  });
