#!/usr/bin/env node
// `npm run bench:frames`: frame intervals while the packet animates, in headless Chromium, on the
// seed scene (2 nodes × 2 pods) and on a generated 100-pod scene (10 nodes × 10 pods). Prints the
// p50 / p95 / max frame interval and every long task over 50 ms. Not part of `npm test`: timings
// depend on the machine, so nothing here asserts. `BENCH_PROFILE=1` builds without minifying,
// records a CPU profile of each case and prints the functions that took the most time during long
// tasks (the profiles are left in the system's temporary folder).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const profiling = process.env.BENCH_PROFILE === '1';
const cases = [
  { name: 'seed scene (2 nodes × 2 pods)', query: '?chapter=instance-mode&lang=en&at=packet' },
  { name: '100-pod scene (10 nodes × 10 pods)', query: '?chapter=instance-mode&lang=en&pods=100&at=packet' },
  { name: '100-pod scene, ip mode', query: '?chapter=instance-mode&lang=en&mode=ip&pods=100&at=packet' },
  {
    name: '100-pod scene, ip mode, every group expanded (100 targets, 100 pods drawn)',
    query: '?chapter=instance-mode&lang=en&mode=ip&pods=100&expand=all&at=packet',
  },
];

const outDir = mkdtempSync(join(tmpdir(), 'lbc-frame-bench-'));
const quiet = { root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') };
await build({
  ...quiet,
  build: {
    outDir,
    emptyOutDir: true,
    minify: !profiling,
    chunkSizeWarningLimit: 10_000,
    rolldownOptions: { input: join(root, 'src/bench/frames.html') },
  },
});
const server = await preview({
  ...quiet,
  build: { outDir },
  preview: { host: '127.0.0.1', port: 4190, strictPort: false },
});
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';

const debianChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(debianChromium) ? debianChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ],
});

/* global document, requestAnimationFrame -- measure() runs in the page */

/** Runs in the page: rAF intervals and long tasks while the reader's Play runs for `ms`. */
async function measure(ms) {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ at: Math.round(entry.startTime), ms: Math.round(entry.duration) });
  });
  observer.observe({ type: 'longtask' });
  const play = [...document.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === 'Play',
  );
  if (!play) throw new Error('no Play button');
  play.click();
  const intervals = [];
  await new Promise((resolve) => {
    let start = null;
    let last = null;
    const frame = (now) => {
      if (start === null) start = now;
      if (last !== null) intervals.push(now - last);
      last = now;
      if (now - start < ms) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  observer.disconnect();
  return { intervals, longTasks };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const fmt = (n) => n.toFixed(1).padStart(6);

/** The functions with the most self and total time in a CPU profile (idle and GC left out). */
function summarise(profile, top = 14) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || /^\((idle|program|garbage collector|root)\)$/.test(node.callFrame.functionName))
      return;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at));
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `    ${fmt(ms)} ms  ${name}`)
      .join('\n');
  return `  self time:\n${list(self)}\n  total time:\n${list(total)}`;
}

let failed = false;
try {
  for (const { name, query } of cases) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}src/bench/frames.html${query}`);
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.waitForTimeout(500); // let the first paint and fitting settle
    const drawn = await page.locator('.react-flow__node').count();
    const cdp = profiling ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const { intervals, longTasks } = await page.evaluate(measure, seconds * 1000);
    const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
    const steps = await page.getByRole('status', { name: 'What this step shows' }).textContent();
    await page.close();
    const sorted = [...intervals].sort((a, b) => a - b);
    console.log(`\n${name}: ${drawn} diagram elements`);
    console.log(
      `  frames ${intervals.length} in ${seconds}s   p50 ${fmt(percentile(sorted, 0.5))} ms   p95 ${fmt(percentile(sorted, 0.95))} ms   max ${fmt(sorted.at(-1) ?? 0)} ms`,
    );
    console.log(
      longTasks.length === 0
        ? '  long tasks > 50 ms: none'
        : `  long tasks > 50 ms: ${longTasks.length} (${longTasks.map((t) => `${t.ms} ms at ${t.at}`).join(', ')})`,
    );
    console.log(`  reached: ${steps?.slice(0, 80)}…`);
    if (profile) {
      const file = join(
        tmpdir(),
        `frame-bench-${cases.indexOf(cases.find((c) => c.name === name))}.cpuprofile`,
      );
      writeFileSync(file, JSON.stringify(profile));
      console.log(`${summarise(profile)}\n  profile: ${file}`);
    }
    if (errors.length > 0) {
      failed = true;
      console.log(`  page errors: ${errors.join('; ')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
