#!/usr/bin/env node
// The size budget of the built page (sizes only, never times), gzip-compressed (zlib level 6, as
// `gzip -c`; 1 KB = 1,000 bytes). Prints every chunk with its size.
// - The page: the entry script of dist/index.html plus every module it preloads, plus the larger
//   language's UI strings (fetched before the first render): at most 200 KB.
// - The embed player (`?embed=1`): the same, plus the player's chunk and what it imports
//   (from Vite's .vite/manifest.json): at most 150 KB.
//
// Over budget it fails (exit 1); `--warn-only` prints the same report and exits 0, for looking at
// a work-in-progress build.
//
//   node scripts/check-budget.mjs [distDir] [--warn-only]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200_000;
const EMBED_BUDGET_BYTES = 150_000;
const args = process.argv.slice(2);
const strict = !args.includes('--warn-only');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'dist'));

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
const initial = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
  const src = attr(tag, 'src');
  if (src && attr(tag, 'type') === 'module') initial.push({ file: src, how: 'entry' });
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
  const href = attr(tag, 'href');
  if (href && attr(tag, 'rel') === 'modulepreload')
    initial.push({ file: href, how: 'modulepreload' });
}
if (initial.length === 0) {
  console.error(`[budget] no entry script in ${join(dist, 'index.html')}`);
  process.exit(1);
}

const sizes = (path) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
};
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const pad = (text, n) => String(text).padStart(n);

console.log(
  `[budget] initial JavaScript of ${join(dist, 'index.html')} (gzip, 1 KB = 1,000 bytes)`,
);
let total = { raw: 0, gzip: 0 };
const seen = new Set();
for (const chunk of initial) {
  const file = chunk.file.replace(/^\.?\//, '');
  if (seen.has(file)) continue;
  seen.add(file);
  const s = sizes(join(dist, file));
  total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip };
  console.log(
    `[budget]   ${pad(kb(s.gzip), 10)} gzip ${pad(kb(s.raw), 10)} raw  ${file} (${chunk.how})`,
  );
}

// Everything else is loaded on use; listed so that a chunk moving into the page shows.
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !seen.has(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, ...sizes(join(dist, 'assets', f)) }))
  .sort((a, b) => b.gzip - a.gzip);
const lazyGzip = lazy.reduce((sum, c) => sum + c.gzip, 0);
console.log(
  `[budget] loaded on use: ${lazy.length} chunks, ${kb(lazyGzip)} gzip in all; the largest:`,
);
for (const c of lazy.slice(0, 12))
  console.log(`[budget]   ${pad(kb(c.gzip), 10)} gzip ${pad(kb(c.raw), 10)} raw  ${c.file}`);

// What else loads before the first render: the reader's language (the larger one counts), and
// for the embed, its player and the modules that player imports.
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const closure = (key, into = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
};
const sumGzip = (files) => [...files].reduce((sum, f) => sum + sizes(join(dist, f)).gzip, 0);
const languages = ['src/i18n/messages.en.ts', 'src/i18n/messages.ko.ts'].map((key) => {
  const files = [...closure(key)].filter((f) => !seen.has(f));
  return { key, files, gzip: sumGzip(files) };
});
for (const l of languages)
  console.log(`[budget]   ${pad(kb(l.gzip), 10)} gzip  ${l.key} (before the first render)`);
const language = languages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const page = total.gzip + language.gzip;

const embedFiles = [...closure('src/ui/embed/EmbedApp.tsx')].filter(
  (f) => !seen.has(f) && !language.files.includes(f),
);
const embedExtra = sumGzip(embedFiles);
for (const f of embedFiles)
  console.log(`[budget]   ${pad(kb(sizes(join(dist, f)).gzip), 10)} gzip  ${f} (embed player)`);
const embed = page + embedExtra;

console.log(
  `[budget] initial JS: ${kb(total.gzip)} gzip (${total.gzip} bytes; ${kb(total.raw)} raw) in ${seen.size} chunks`,
);
const checks = [
  ['page (initial JS + its language)', page, BUDGET_BYTES],
  ['embed player (the page + the player)', embed, EMBED_BUDGET_BYTES],
];
let failed = false;
for (const [name, bytes, budget] of checks) {
  const over = bytes > budget;
  console.log(
    `[budget] ${name}: ${kb(bytes)} gzip; budget ${kb(budget)}${over ? ` — ${kb(bytes - budget)} OVER` : ' — within budget'}`,
  );
  failed ||= over;
}
if (failed && strict) {
  console.error('[budget] FAILED: over budget');
  process.exit(1);
} else if (failed) console.log('[budget] WARNING: over budget (--warn-only)');
