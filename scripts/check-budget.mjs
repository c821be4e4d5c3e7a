#!/usr/bin/env node
// The size budget of the built page (sizes only, never times): the initial JavaScript, i.e. the
// entry script of dist/index.html plus every module it preloads, gzip-compressed (zlib level 6,
// as `gzip -c`), at most 200 KB (1 KB = 1,000 bytes). Prints every chunk with its size.
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

const over = total.gzip > BUDGET_BYTES;
console.log(
  `[budget] initial JS: ${kb(total.gzip)} gzip (${total.gzip} bytes; ${kb(total.raw)} raw) in ${seen.size} chunks; budget ${kb(BUDGET_BYTES)}`,
);
if (!over) console.log('[budget] within budget');
else if (strict) {
  console.error(`[budget] FAILED: ${kb(total.gzip - BUDGET_BYTES)} over budget`);
  process.exit(1);
} else
  console.log(
    `[budget] WARNING: ${kb(total.gzip - BUDGET_BYTES)} OVER BUDGET (${total.gzip} > ${BUDGET_BYTES} bytes) (--warn-only)`,
  );
