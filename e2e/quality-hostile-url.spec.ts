import { expect, test } from './fixtures/test.ts';
import { watch } from './quality/watch.ts';

// Every address parameter with values no one should send: each case falls back (with a notice)
// or is ignored, and the page still shows a diagram or the editor: never an error, a dialog, a
// blank page or the value rendered as markup. (The fixture fails the test on any console error.)
const HOSTILE: Record<string, string> = {
  empty: '',
  huge: 'x'.repeat(10_000),
  negative: '-1',
  'very large': '99999999999999999999',
  'wrong type (NaN)': 'NaN',
  script: '<script>window.__pwned=1</script>',
  'attribute breakout': '"><img src=x onerror=window.__pwned=1>',
  unicode: '한국어🚀\u202e\u0000\uFFFF',
  'wrong type': '{"a":[1,2]}',
};

// The parameter and the address it is put into (the embed's own parameters into the player).
const PARAMS: [string, string][] = [
  ['lang', '?chapter=instance-mode'],
  ['chapter', '?lang=en'],
  ['step', '?lang=en&chapter=instance-mode'],
  ['mode', '?lang=en&chapter=instance-mode'],
  ['theme', '?lang=en&chapter=ip-mode'],
  ['view', '?lang=en&chapter=ip-mode'],
  ['embed', '?lang=en&chapter=ip-mode'],
  ['scenario', '?lang=en&chapter=playground'],
  ['scenario', '?lang=en&chapter=playground&embed=1'],
  ['speed', '?lang=en&chapter=ip-mode&embed=1'],
  ['autoplay', '?lang=en&chapter=ip-mode&embed=1'],
  ['controls', '?lang=en&chapter=ip-mode&embed=1'],
  ['allowOrigin', '?lang=en&chapter=ip-mode&embed=1'],
];

let cases = 0;

for (const [param, base] of PARAMS)
  test(`${param}= with hostile values in ${base}`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = await watch(page);
    for (const [name, value] of Object.entries(HOSTILE)) {
      const query = `${base}&${param}=${encodeURIComponent(value)}`;
      await page.goto(`./${query}`);
      const shown = page.locator('.react-flow, .cm-editor').first();
      await expect(shown, `${param} ${name}: a diagram or the editor`).toBeVisible({
        timeout: 20_000,
      });
      expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
      expect(await page.locator('img[src="x"], script:not([src])').count(), name).toBe(0);
      const text = await page.locator('#root').innerText();
      expect(text.trim().length, `${param} ${name}: not a blank page`).toBeGreaterThan(20);
      cases += 1;
    }
    expect(w.pageErrors, 'page errors').toEqual([]);
    expect(w.dialogs, 'dialogs').toEqual([]);
    expect(w.violations, 'CSP violations').toEqual([]);
  });

test.afterAll(() => {
  console.log(`[quality] hostile URLs: ${cases} cases, 0 page errors, 0 dialogs`);
});
