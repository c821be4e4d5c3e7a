#!/usr/bin/env node
/**
 * `npm run bench:playground`: the time from an edit in the playground to the updated diagram,
 * for the seed scenario and for a 1,000-pod paste, and the main thread's long tasks (> 50 ms)
 * while the reader types during a run. Builds the app into a temporary folder, serves it, and
 * drives Debian's Chromium. Prints numbers only; nothing here asserts a time.
 */
/* global window, document, MutationObserver, requestAnimationFrame, DataTransfer, ClipboardEvent */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { manyPodsYaml } from './playground-manifests.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const outDir = mkdtempSync(join(tmpdir(), 'playground-bench-'));
const quiet = { root, logLevel: 'error', configFile: join(root, 'vite.config.ts') };
await build({ ...quiet, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 } });
const server = await preview({
  ...quiet,
  build: { outDir },
  preview: { host: '127.0.0.1', port: 4191, strictPort: false },
});
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4191/';
const debianChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(debianChromium) ? debianChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ],
});

const seed = readFileSync(join(root, 'content/scenarios/seed-instance.yaml'), 'utf8');
const cases = [
  {
    name: 'seed scenario',
    text: seed,
    url: 'https://api.example.com/location',
    pods: 'domain-api',
  },
  {
    name: '1,000 pods (10 nodes)',
    text: manyPodsYaml(10, 1000),
    url: 'http://shop.example.com/',
    pods: 'shop',
  },
];
const DEBOUNCE_MS = 250;
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

try {
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(`${base}?lang=en&chapter=playground`);
    const editor = page.getByRole('textbox', { name: 'Manifests (YAML)', exact: true });
    await editor.waitFor();
    await page
      .getByTestId('playground-run-status')
      .filter({ hasText: /Updated in/ })
      .waitFor();
    await page.getByRole('textbox', { name: 'URL', exact: true }).fill(c.url);
    // In the page: when the reader's last input event came, when the status next said "Updated"
    // (the same React commit draws the new diagram) and the frame after it; long tasks.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      document.addEventListener('paste', () => (window.__editAt = performance.now()), true);
      const status = document.querySelector('[data-testid="playground-run-status"]');
      new MutationObserver(() => {
        if (/Updated in/.test(status.textContent ?? '') && window.__updatedAt === null)
          requestAnimationFrame(() => (window.__updatedAt = performance.now()));
      }).observe(status, { childList: true, subtree: true, characterData: true });
    });
    const totals = [];
    const workers = [];
    for (let i = 0; i < runs; i++) {
      // Each run is a different text (a comment line), so it is a real edit.
      const text = `# run ${i}\n${c.text}`;
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page
        .getByTestId('playground-run-status')
        .filter({ hasText: /Updated in/ })
        .waitFor({ timeout: 60_000 });
      await page.evaluate(() => (window.__updatedAt = null));
      // A paste, as the browser delivers one (typing 13,000 lines through CDP would take minutes).
      await editor.evaluate((el, pasted) => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
      // Updated: the status says so and the diagram draws the pods of this text.
      await page.waitForFunction(
        ([pods]) => {
          const status =
            document.querySelector('[data-testid="playground-run-status"]')?.textContent ?? '';
          const region = document.querySelector('[aria-label="Diagram of your manifests"]');
          return (
            /Updated in/.test(status) &&
            region?.querySelector(`[aria-label^="Pod ${pods}"], [aria-label*="/${pods}"]`)
          );
        },
        [c.pods],
        { timeout: 60_000, polling: 'raf' },
      );
      await page.waitForFunction(() => window.__updatedAt !== null);
      const { editAt, updatedAt } = await page.evaluate(() => ({
        editAt: window.__editAt,
        updatedAt: window.__updatedAt,
      }));
      const status = await page.getByTestId('playground-run-status').textContent();
      workers.push(Number(/(\d+) ms/.exec(status ?? '')?.[1] ?? NaN));
      totals.push(updatedAt - editAt);
    }
    // Typing during a run: 30 keystrokes while the worker works.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => (window.__longTasks = []));
    await page.keyboard.type('# typing while it runs', { delay: 30 });
    await page
      .getByTestId('playground-run-status')
      .filter({ hasText: /Updated in/ })
      .waitFor({ timeout: 60_000 });
    const longTasks = await page.evaluate(() => window.__longTasks);
    const fmt = (ms) => `${Math.round(ms)} ms`;
    console.log(`${c.name}: ${c.text.length.toLocaleString('en')} characters`);
    console.log(
      `  edit → updated diagram: p50 ${fmt(percentile(totals, 50))}, max ${fmt(Math.max(...totals))} (includes the ${DEBOUNCE_MS} ms pause before a run; without it p50 ${fmt(percentile(totals, 50) - DEBOUNCE_MS)})`,
    );
    console.log(`  worker run: p50 ${fmt(percentile(workers, 50))}`);
    console.log(
      `  long tasks (> 50 ms) on the main thread while typing and updating: ${longTasks.length}${longTasks.length ? ` (max ${fmt(Math.max(...longTasks))})` : ''}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
