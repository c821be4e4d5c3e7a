#!/usr/bin/env node
/**
 * Performance figures for the built app in headless Chromium (printed, never asserted: times
 * depend on the machine). Serve the build first (`npm run build && npm run preview`), then
 * `npm run perf [-- <app url>]` (default http://127.0.0.1:4173/). Prints:
 *  - the time to the first diagram, and in the same run the time of a plain page that renders
 *    the seed notes' two Mermaid diagrams with mermaid, and their ratio;
 *  - the long tasks over 50 ms while walking every step of every chapter;
 *  - the JS heap (after garbage collection) after stepping through all chapters once and twice.
 * (Frame intervals during packet animation: npm run bench:frames.)
 */
/* global document, window, history, dispatchEvent, PopStateEvent, location, requestAnimationFrame -- callbacks run in the page */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const appUrl = process.argv[2] ?? 'http://127.0.0.1:4173/';
const runs = Number(process.env.PERF_RUNS ?? 3);
const chapterIds = [
  ...readFileSync(join(root, 'src/lesson/chapters.ts'), 'utf8')
    .match(/export const chapterIds = \[([\s\S]*?)\]/)[1]
    .matchAll(/'([a-z0-9-]+)'/g),
].map((m) => m[1]);

/**
 * The seed notes' Mermaid blocks, as written, except for one repair: an edge label with a
 * parenthesis in it (`|IAM Role로 API 호출<br/>(Create/Update …)|`) is quoted, because Mermaid
 * reads an unquoted "(" as a node shape and refuses the whole diagram. Without it the first
 * seed diagram is not drawn at all and the plain page would time one diagram instead of two.
 */
function seedMermaid() {
  const dir = join(root, '../shared/seeds');
  const files = ['000_07812cf6ca5af2c9.txt', '001_1c2fec64db34e204.txt'].map((f) => join(dir, f));
  return files
    .filter(existsSync)
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)])
    .map((m) => m[1].replace(/\|([^|"\n]*[()][^|"\n]*)\|/g, '|"$1"|'));
}

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeToFirstDiagram() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${appUrl}?lang=en&chapter=${chapterIds[0]}`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      document.querySelector('.react-flow__node') && !document.querySelector('.diagram-skeleton'),
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function timeToMermaidPage(blocks) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const base = 'http://perf.invalid/';
  const mermaidJs = readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'));
  await page.route(`${base}**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('mermaid.min.js'))
      return route.fulfill({ body: mermaidJs, contentType: 'text/javascript' });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><title>seed</title>
<script src="${base}mermaid.min.js"></script>
${blocks.map((b, i) => `<pre class="seed" id="d${i}">${b.replace(/</g, '&lt;')}</pre>`).join('\n')}
<script>
  mermaid.initialize({ startOnLoad: false });
  window.done = Promise.all([...document.querySelectorAll('pre.seed')].map(async (pre, i) => {
    try { const { svg } = await mermaid.render('m' + i, pre.textContent); pre.outerHTML = svg; return 'drawn'; }
    catch (e) { return 'error: ' + String(e.message ?? e).split('\\n')[0]; }
  })).then((r) => ({ ms: performance.now(), results: r }));
</script>`,
    });
  });
  await page.goto(`${base}seed.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.done !== undefined, null, { timeout: 60_000 });
  const result = await page.evaluate(() => window.done);
  await context.close();
  return result;
}

/** Walks every step of every chapter (→ and the chapter links, in-page), `passes` times. */
async function walkChapters(passes) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.longTasks.push({ start: e.startTime, ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(`${appUrl}?lang=en&chapter=${chapterIds[0]}`);
  await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
  // The observer's entries arrive late: let the load's own long tasks come in before the walk.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
  const atLoad = await page.evaluate(() => window.longTasks.map((t) => t.ms));
  const heaps = [];
  const tasksPerChapter = new Map();
  for (let pass = 1; pass <= passes; pass++) {
    for (const id of chapterIds) {
      // Tasks are counted by when they started, so a late-delivered entry is not misplaced.
      const from = await page.evaluate(() => performance.now());
      await page.evaluate((q) => {
        history.pushState(null, '', q);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `?lang=en&chapter=${id}&step=1`);
      await page.waitForFunction((id) => location.search.includes(`chapter=${id}`), id);
      const bar = page.locator('[role=progressbar]').first();
      if (id !== 'playground') {
        await page.waitForFunction(
          () => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') === '1',
          null,
          { timeout: 60_000 },
        );
        const total = Number(await bar.getAttribute('aria-valuemax'));
        for (let step = 2; step <= total; step++) {
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction(
            (s) =>
              document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ===
              String(s),
            step,
          );
        }
      } else await page.waitForSelector('.cm-content', { timeout: 60_000 });
      // Let the last step's work land before counting.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))),
      );
      const tasks = await page.evaluate(
        (t) => window.longTasks.filter((x) => x.start >= t).map((x) => x.ms),
        from,
      );
      if (pass === 1) tasksPerChapter.set(id, tasks);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heaps.push(usedSize);
  }
  await context.close();
  return { heaps, tasksPerChapter, atLoad };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const blocks = seedMermaid();
const diagramMs = [];
const mermaidMs = [];
let mermaidResults = [];
for (let i = 0; i < runs; i++) {
  diagramMs.push(await timeToFirstDiagram());
  const m = await timeToMermaidPage(blocks);
  mermaidMs.push(m.ms);
  mermaidResults = m.results;
}
const d = median(diagramMs);
const m = median(mermaidMs);
console.log(
  `time to first diagram: ${d.toFixed(0)} ms (median of ${runs}: ${diagramMs.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `plain page with the seed's ${blocks.length} Mermaid diagrams: ${m.toFixed(0)} ms (${mermaidMs.map((x) => x.toFixed(0)).join(', ')}; ${mermaidResults.join(', ')})`,
);
console.log(`ratio (first diagram / Mermaid page): ${(d / m).toFixed(2)} (goal 0.5 or less)`);

const walk = await walkChapters(2);
console.log(
  `long tasks > 50 ms while the first chapter loads (not an interaction): ${walk.atLoad.length}${walk.atLoad.length ? ` (${walk.atLoad.join(', ')} ms)` : ''}`,
);
let all = [];
for (const [id, tasks] of walk.tasksPerChapter) {
  all = all.concat(tasks);
  console.log(
    `long tasks > 50 ms in ${id}: ${tasks.length}${tasks.length ? ` (${tasks.join(', ')} ms)` : ''}`,
  );
}
console.log(
  `long tasks > 50 ms walking every chapter: ${all.length}, longest ${Math.max(0, ...all)} ms (goal 0)`,
);
console.log(
  `JS heap after all chapters once: ${mb(walk.heaps[0])}, twice: ${mb(walk.heaps[1])} (growth ${mb(walk.heaps[1] - walk.heaps[0])})`,
);
await browser.close();
