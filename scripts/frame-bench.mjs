#!/usr/bin/env node
// `npm run bench:frames`, in three parts, in headless Chromium except the first:
// 1. The initial JavaScript: builds the app as `npx vite build` does (into a temporary folder),
//    reads its index.html for the entry script and every modulepreload, and prints each file's gzip
//    size, the total, whether the simulator or the `yaml` library is among them, and every other
//    JS chunk.
// 2. Frame intervals while the packet animates (play-through on), on the seed scene (2 nodes × 2
//    pods) and on a generated 100-pod scene (10 nodes × 10 pods): p50 / p95 / max frame interval
//    and every long task over 50 ms.
// 3. A walk of every chapter: "Next step" through every step and, where the chapter has both target
//    types, the mode toggled to the other one and back at every step; long tasks over 50 ms per
//    chapter, with the action each one fell in.
// 4. Per chapter at 1366×768: the smallest diagram text on screen at any step (font size × zoom,
//    reduced motion so the camera stands still), the edge–card crossings and label overlaps of
//    every step in both target types (the geometry the unit test checks), the layout shift at
//    load of the app's own page, and the frame-interval p95 while the chapter's packet moves.
// Not part of `npm test`: timings depend on the machine, so nothing here asserts on time; it exits
// non-zero only when a page errors or cannot be measured. `BENCH_PROFILE=1` builds without
// minifying, records a CPU profile of each packet case and prints the functions that took the most
// time during long tasks (the profiles are left in the system's temporary folder).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, createServer, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const profiling = process.env.BENCH_PROFILE === '1';
const cases = [
  { name: 'seed scene (2 nodes × 2 pods)', query: '?chapter=instance-mode&lang=en&at=packet' },
  {
    name: '100-pod scene (10 nodes × 10 pods)',
    query: '?chapter=instance-mode&lang=en&pods=100&at=packet',
  },
  {
    name: '100-pod scene, ip mode',
    query: '?chapter=instance-mode&lang=en&mode=ip&pods=100&at=packet',
  },
  {
    name: '100-pod scene, ip mode, every group expanded (100 targets, 100 pods drawn)',
    query: '?chapter=instance-mode&lang=en&mode=ip&pods=100&expand=all&at=packet',
  },
];

/** Every chapter, in reading order (src/lesson/chapters.ts). */
const chapters = [
  'controller-overview',
  'without-controller',
  'instance-mode',
  'ip-mode',
  'change-over-time',
  'l4-vs-l7',
  'irsa',
  'security-groups',
  'https-and-groups',
  'troubleshooting',
  'beyond-ingress',
  'playground',
];
/** The chapters with steps (the playground has its own page). */
const written = chapters.filter((c) => c !== 'playground');
/** Seconds of packet animation measured per chapter in part 4. */
const chapterSeconds = Number(process.env.BENCH_CHAPTER_SECONDS ?? 3);
const laptop = { width: 1366, height: 768 };

const quiet = { root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') };
const fmt = (n) => n.toFixed(1).padStart(6);
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} kB`;

// Long tasks depend on what else the machine is doing: say so next to the figures.
const load = () => loadavg()[0].toFixed(1);
console.log(`machine: ${availableParallelism()} CPUs, load average ${load()} (1 min)`);

// ── 1. The initial JavaScript of the normal build ─────────────────────────────────────────────
/** Strings only the simulator and only the `yaml` library contain (they survive minifying). */
const markers = {
  simulator: ['KUBE-MARK-MASQ', 'no endpoints available'],
  yaml: ['YAMLParseError'],
};
const appDir = mkdtempSync(join(tmpdir(), 'lbc-app-build-'));
try {
  await build({
    ...quiet,
    build: { outDir: appDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  });
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const attrs = (tag) =>
    Object.fromEntries(
      [...tag.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)]
        .slice(1)
        .map((m) => [m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']),
    );
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/gi)].map((m) => ({
    name: m[1].toLowerCase(),
    ...attrs(m[0]),
  }));
  const entry = tags.filter((t) => t.name === 'script' && t.type === 'module' && t.src);
  const preloads = tags.filter((t) => t.name === 'link' && t.rel === 'modulepreload' && t.href);
  if (entry.length === 0) throw new Error(`${appDir}/index.html has no <script type="module" src>`);
  const initial = [...entry.map((t) => t.src), ...preloads.map((t) => t.href)].map((url) =>
    join(appDir, url.replace(/^\.?\//, '')),
  );
  const sizeOf = (file) => {
    const text = readFileSync(file);
    const source = text.toString('utf8');
    const has = Object.fromEntries(
      Object.entries(markers).map(([what, strings]) => [
        what,
        strings.filter((s) => source.includes(s)),
      ]),
    );
    return { file: relative(appDir, file), raw: text.length, gzip: gzipSync(text).length, has };
  };
  const initialSizes = initial.map(sizeOf);
  const tag = ({ has }) =>
    Object.entries(has)
      .filter(([, found]) => found.length > 0)
      .map(([what]) => ` [${what}]`)
      .join('');
  const row = (c) => `  ${kb(c.gzip)} gzip ${kb(c.raw)} raw  ${c.file}${tag(c)}`;
  console.log('\nInitial JavaScript (entry script and modulepreloads of the normal build, gzip):');
  for (const c of initialSizes) console.log(row(c));
  const total = initialSizes.reduce((sum, c) => sum + c.gzip, 0);
  const totalRaw = initialSizes.reduce((sum, c) => sum + c.raw, 0);
  console.log(`  ${kb(total)} gzip ${kb(totalRaw)} raw  total of ${initialSizes.length} file(s)`);
  for (const [what, strings] of Object.entries(markers)) {
    const found = initialSizes.filter((c) => c.has[what].length > 0);
    console.log(
      found.length === 0
        ? `  ${what} in the initial files: no (none of ${strings.map((s) => `"${s}"`).join(', ')})`
        : `  ${what} in the initial files: YES (${found.map((c) => `${c.file}: ${c.has[what].join(', ')}`).join('; ')})`,
    );
  }
  const listJs = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? listJs(join(dir, d.name))
        : d.name.endsWith('.js')
          ? [join(dir, d.name)]
          : [],
    );
  const others = listJs(appDir)
    .filter((f) => !initial.includes(f))
    .map(sizeOf)
    .sort((a, b) => b.gzip - a.gzip);
  console.log(
    `Other JS chunks (loaded later or in the lesson worker): ${others.length}, ${kb(others.reduce((s, c) => s + c.gzip, 0)).trim()} gzip in all`,
  );
  for (const c of others) console.log(row(c));
} finally {
  rmSync(appDir, { recursive: true, force: true });
}

// ── 2 and 3 run on the benchmark build ───────────────────────────────────────────────────────
const outDir = mkdtempSync(join(tmpdir(), 'lbc-frame-bench-'));
await build({
  ...quiet,
  build: {
    outDir,
    emptyOutDir: true,
    minify: !profiling,
    chunkSizeWarningLimit: 10_000,
    // The app's own page too: part 4 measures the layout shift at load on it.
    rolldownOptions: {
      input: { index: join(root, 'index.html'), frames: join(root, 'src/bench/frames.html') },
    },
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
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ],
});

/** Opens the bench entry and waits until it has the lesson and has prepared the page. */
async function open(query) {
  const page = await browser.newPage({ viewport: laptop });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${base}src/bench/frames.html${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, {
      timeout: 30_000,
    });
  } catch (error) {
    await page.close();
    const why =
      errors.length > 0 ? `page errors: ${errors.join('; ')}` : String(error?.message ?? error);
    throw new Error(`the page never set data-bench-ready (${why.split('\n')[0]})`, {
      cause: error,
    });
  }
  return { page, errors };
}

/* global document, requestAnimationFrame -- measure() and walk() run in the page */

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
  const playing = [...document.querySelectorAll('button')].some(
    (b) => b.textContent?.trim() === 'Pause',
  );
  return { intervals, longTasks, playing };
}

/**
 * Runs in the page: presses "Next step" through every step of the chapter; at every step of a
 * chapter with both target types, switches to the other one and back (and returns to the step if
 * the other mode lacked it). Long tasks over 50 ms are recorded with the action they fell in.
 */
async function walk() {
  const marks = [];
  const mark = (what) => marks.push({ at: performance.now(), what });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const controls = () => document.querySelector('[role="group"][aria-label="Step controls"]');
  const nextButton = () =>
    [...(controls()?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === 'Next step',
    );
  const progress = () => {
    const m = /Step (\d+) of (\d+)/.exec(
      controls()?.querySelector('.step-progress')?.textContent ?? '',
    );
    return m ? { step: Number(m[1]), total: Number(m[2]) } : null;
  };
  const radiogroup = () =>
    [...document.querySelectorAll('[role="radiogroup"]')].find(
      (g) =>
        document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ===
        'Target type',
    );
  const radio = (mode) => radiogroup()?.querySelector(`input[type="radio"][value="${mode}"]`);
  /** Waits (up to 30 s) until `ready()` holds, then two frames and a moment for effects. */
  const until = async (ready, what) => {
    const start = performance.now();
    while (!ready()) {
      if (performance.now() - start > 30_000) throw new Error(`timed out waiting for ${what}`);
      await pause(5);
    }
    await frame();
    await frame();
    await pause(20);
  };
  const settled = (step) => () => {
    const p = progress();
    return p !== null && p.step === step && !document.querySelector('[aria-busy="true"]');
  };

  await until(() => progress() !== null, 'the step controls');
  await pause(500); // opening the chapter is not part of the walk
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, ms: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  const group = radiogroup();
  const modes = group ? [...group.querySelectorAll('input[type="radio"]')].map((r) => r.value) : [];
  const toggling = modes.length === 2 && modes.includes('instance') && modes.includes('ip');
  let { step, total } = progress();
  let walked = 1;
  let toggles = 0;
  const relanded = [];
  for (;;) {
    if (toggling) {
      const mode = modes.find((m) => radio(m)?.checked);
      const other = modes.find((m) => m !== mode);
      for (const to of [other, mode]) {
        mark(`step ${step}: mode → ${to}`);
        radio(to).click();
        await until(
          () =>
            radio(to)?.checked &&
            progress() !== null &&
            !document.querySelector('[aria-busy="true"]'),
          `mode ${to} at step ${step}`,
        );
        toggles++;
      }
      const back = progress();
      if (back.step !== step) {
        // The other mode lacks this step: the way back lands on an earlier one; go forward again.
        relanded.push(`${step}→${back.step}`);
        while (progress().step < step) {
          const at = progress().step;
          mark(`step ${step}: Next back from ${at}`);
          nextButton().click();
          await until(settled(at + 1), `step ${at + 1} again`);
        }
      }
    }
    if (step >= total) break;
    const button = nextButton();
    if (!button || button.disabled)
      throw new Error(`no enabled "Next step" at step ${step} of ${total}`);
    mark(`Next → step ${step + 1}`);
    button.click();
    await until(settled(step + 1), `step ${step + 1}`);
    step++;
    walked++;
    total = progress().total;
  }
  mark('after the last action');
  await pause(300);
  for (const entry of observer.takeRecords())
    longTasks.push({ start: entry.startTime, ms: entry.duration });
  observer.disconnect();
  const where = (t) =>
    [...marks].reverse().find((m) => m.at <= t.start)?.what ?? 'before the first action';
  return {
    walked,
    total,
    toggles,
    modes,
    relanded,
    longTasks: longTasks.map((t) => ({ ms: Math.round(t.ms), where: where(t) })),
  };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

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

/* global getComputedStyle, DOMMatrix, window */

/** Runs in the page: the smallest text in the diagram's canvas, in screen pixels. */
function smallestText() {
  const flow =
    document.querySelector('.chapter-stage .react-flow') ?? document.querySelector('.react-flow');
  const viewport = flow?.querySelector('.react-flow__viewport');
  if (!flow || !viewport) return null;
  const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
  const canvas = flow.getBoundingClientRect();
  let smallest = null;
  for (const el of flow.querySelectorAll('.react-flow__node *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own) continue;
    const r = el.getBoundingClientRect();
    const seen =
      r.width > 0 &&
      r.right > canvas.left &&
      r.left < canvas.right &&
      r.bottom > canvas.top &&
      r.top < canvas.bottom;
    if (!seen || getComputedStyle(el).visibility === 'hidden') continue;
    const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
    if (smallest === null || px < smallest.px)
      smallest = { px, text: el.textContent.trim().slice(0, 40) };
  }
  return smallest;
}

/** The smallest fitted text over every step of a chapter, walking with "Next step". */
async function smallestFittedText(chapter) {
  const context = await browser.newContext({ viewport: laptop, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(`${base}?chapter=${chapter}&lang=en&step=1`);
    const progress = page.locator('.step-controls .step-progress');
    await progress.waitFor({ timeout: 30_000 });
    const total = Number((await progress.textContent()).match(/of (\d+)/)[1]);
    let smallest = null;
    for (let step = 1; step <= total; step++) {
      if (step > 1) await page.getByRole('button', { name: 'Next step' }).click();
      await page.waitForFunction(
        (n) =>
          document
            .querySelector('.step-controls .step-progress')
            ?.textContent?.includes(`Step ${n} of`) &&
          !document.querySelector('[aria-busy="true"]') &&
          document.querySelector('.react-flow__node'),
        step,
        { timeout: 30_000 },
      );
      // Two frames: the fit runs in an effect after the step's render.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const here = await page.evaluate(smallestText);
      if (here && (smallest === null || here.px < smallest.px)) smallest = { ...here, step };
    }
    return smallest;
  } finally {
    await context.close();
  }
}

/** The layout shift at load of the app's own page (what a reader opening a link sees). */
async function layoutShiftAtLoad(chapter) {
  const context = await browser.newContext({ viewport: laptop });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}?chapter=${chapter}&lang=en`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.evaluate(() => document.fonts.ready);
    // A second for late images, fonts and the fit to land.
    await page.waitForTimeout(1000);
    return await page.evaluate(() => window.__shift);
  } finally {
    await context.close();
  }
}

/** Frame intervals while the chapter's first packet step plays (null: the chapter has none). */
async function packetFrames(chapter) {
  const { page } = await open(`?chapter=${chapter}&lang=en&at=packet`);
  try {
    // The chapter's first render comes a moment after the page is ready (a background render).
    await page.waitForFunction(() => document.querySelector('.step-narration')?.textContent);
    const packetStep = await page.evaluate(() =>
      /\((request|response)\)|\(요청|\(응답/.test(
        document.querySelector('.step-narration')?.textContent ?? '',
      ),
    );
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.waitForTimeout(500); // as for the packet cases: the load's own work is not counted
    const { intervals, longTasks } = await page.evaluate(measure, chapterSeconds * 1000);
    const sorted = [...intervals].sort((a, b) => a - b);
    return { packetStep, p95: percentile(sorted, 0.95), longTasks: longTasks.length };
  } finally {
    await page.close();
  }
}

let failed = false;
const fail = (name, message) => {
  failed = true;
  console.log(`  ${name}: could not be measured: ${message.split('\n')[0]}`);
};
try {
  // ── 2. The packet animation ──────────────────────────────────────────────────────────────────
  console.log(`\nPacket animation (Play with "Play through" on, ${seconds} s per case):`);
  for (const [index, { name, query }] of cases.entries()) {
    let opened = null;
    try {
      opened = await open(query);
      const { page, errors } = opened;
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
      const through = await page.getByRole('checkbox', { name: 'Play through' }).isChecked();
      await page.waitForTimeout(500); // let the first paint and fitting settle
      const drawn = await page.locator('.react-flow__node').count();
      const cdp = profiling ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const { intervals, longTasks, playing } = await page.evaluate(measure, seconds * 1000);
      const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
      const reached = await page
        .getByRole('status', { name: 'What this step shows' })
        .textContent();
      const sorted = [...intervals].sort((a, b) => a - b);
      console.log(`\n${name}: ${drawn} diagram elements, play through ${through ? 'on' : 'OFF'}`);
      console.log(
        `  frames ${intervals.length} in ${seconds}s   p50 ${fmt(percentile(sorted, 0.5))} ms   p95 ${fmt(percentile(sorted, 0.95))} ms   max ${fmt(sorted.at(-1) ?? 0)} ms`,
      );
      console.log(
        longTasks.length === 0
          ? '  long tasks > 50 ms: none'
          : `  long tasks > 50 ms: ${longTasks.length} (${longTasks.map((t) => `${t.ms} ms at ${t.at}`).join(', ')})`,
      );
      console.log(
        `  ${playing ? 'still playing, at' : 'stopped before the end, at'}: ${reached?.slice(0, 80)}…`,
      );
      if (profile) {
        const file = join(tmpdir(), `frame-bench-${index}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        console.log(`${summarise(profile)}\n  profile: ${file}`);
      }
      if (errors.length > 0) {
        failed = true;
        console.log(`  page errors: ${errors.join('; ')}`);
      }
    } catch (error) {
      fail(name, String(error?.message ?? error));
    } finally {
      await opened?.page.close();
    }
  }

  // ── 3. The walk of every chapter ─────────────────────────────────────────────────────────────
  console.log(
    '\nChapter walk ("Next step" through every step; both target types: the mode toggled and back at every step):',
  );
  const summary = [];
  for (const chapter of written) {
    let opened = null;
    try {
      opened = await open(`?chapter=${chapter}&lang=en`);
      const { page, errors } = opened;
      const started = Date.now();
      const r = await page.evaluate(walk);
      const took = ((Date.now() - started) / 1000).toFixed(1);
      const longest = r.longTasks.reduce((a, t) => (a && a.ms >= t.ms ? a : t), null);
      summary.push({ chapter, ...r, longest });
      console.log(
        `  ${chapter.padEnd(20)} steps ${String(r.walked).padStart(3)}/${String(r.total).padEnd(3)} toggles ${String(r.toggles).padStart(3)}   long tasks > 50 ms: ${r.longTasks.length}${longest ? `, longest ${longest.ms} ms (${longest.where})` : ''}   (${took} s)`,
      );
      if (r.longTasks.length > 1)
        console.log(
          `      ${r.longTasks
            .slice(0, 12)
            .map((t) => `${t.ms} ms (${t.where})`)
            .join('; ')}${r.longTasks.length > 12 ? '; …' : ''}`,
        );
      if (r.relanded.length > 0)
        console.log(
          `      the other mode lacks step(s), came back on an earlier one: ${r.relanded.join(', ')}`,
        );
      if (errors.length > 0) {
        failed = true;
        console.log(`      page errors: ${errors.join('; ')}`);
      }
    } catch (error) {
      fail(chapter, String(error?.message ?? error));
    } finally {
      await opened?.page.close();
    }
  }
  const all = summary.flatMap((s) => s.longTasks);
  console.log(
    `  (load average ${load()}) all chapters: ${summary.reduce((n, s) => n + s.walked, 0)} steps, ${summary.reduce((n, s) => n + s.toggles, 0)} toggles, ${all.length} long task(s) > 50 ms${all.length ? `, longest ${Math.max(...all.map((t) => t.ms))} ms` : ''} (goal: 0)`,
  );

  // ── 4. Per chapter at 1366×768 ───────────────────────────────────────────────────────────────
  console.log(
    `\nPer chapter at ${laptop.width}×${laptop.height} (text: smallest diagram text on screen over every step; geometry: every step, both target types; shift: layout shift at load; p95: ${chapterSeconds} s of the first packet step playing):`,
  );
  const vite = await createServer({
    ...quiet,
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  let geometry = [];
  try {
    geometry = (await vite.ssrLoadModule('/src/bench/chapter-geometry.ts')).chapterGeometry();
  } finally {
    await vite.close();
  }
  console.log(
    `  ${'chapter'.padEnd(20)} ${'steps'.padStart(5)}  ${'text px'.padStart(7)}  crossings  overlaps  ${'shift'.padStart(6)}  ${'p95 ms'.padStart(6)}  long tasks`,
  );
  for (const chapter of written) {
    try {
      const rows = geometry.filter((g) => g.chapter === chapter);
      const crossings = rows
        .map((g) => `${g.mode[0]}${g.mode === 'ip' ? 'p' : ''} ${g.crossings}`)
        .join(', ');
      const overlaps = rows.map((g) => `${g.mode === 'ip' ? 'ip' : 'i'} ${g.overlaps}`).join(', ');
      const text = await smallestFittedText(chapter);
      const shift = await layoutShiftAtLoad(chapter);
      const frames = await packetFrames(chapter);
      console.log(
        `  ${chapter.padEnd(20)} ${String(rows[0]?.steps ?? '?').padStart(5)}  ${text ? text.px.toFixed(1).padStart(7) : '      –'}  ${crossings.padEnd(9)}  ${overlaps.padEnd(8)}  ${shift.toFixed(3).padStart(6)}  ${frames.packetStep ? fmt(frames.p95) : '  (no packet step)'}  ${frames.packetStep ? frames.longTasks : ''}`,
      );
      if (text && text.px < 12)
        console.log(
          `      smallest text "${text.text}" at step ${text.step}: ${text.px.toFixed(1)} px (goal ≥ 12 at 1280×720)`,
        );
    } catch (error) {
      fail(chapter, String(error?.message ?? error));
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
