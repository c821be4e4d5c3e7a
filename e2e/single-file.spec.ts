import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { expect, test } from './fixtures/test.ts';
import { chapterOutline } from '../src/lesson/outlines.ts';

// `npm run build:single`: one HTML file that works opened from file:// with the network blocked,
// the embed player included. Built here, from the sources under test.
test.describe.configure({ mode: 'serial' });
let dir = '';
let index = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(join(tmpdir(), 'lbc-single-'));
  const build = spawnSync(
    process.execPath,
    [
      join('node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.single.config.ts',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: process.cwd(), encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  index = pathToFileURL(join(dir, 'index.html')).href;
});
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Blocks every request that would leave the file (and records it). */
async function offline(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}

test('the single file plays a chapter from file:// with the network blocked', async ({ page }) => {
  test.setTimeout(120_000);
  const outside = await offline(page);
  await page.goto(`${index}?lang=en&chapter=instance-mode&step=3`);
  await expect(page.locator('.react-flow')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: en['player.next'] })).toBeEnabled();
  await page.getByRole('button', { name: en['player.next'] }).click();
  await expect(page).toHaveURL(/step=/);
  expect(outside).toEqual([]);
});

test('the single file opens the embed player from file:// with the network blocked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const outside = await offline(page);
  await page.goto(`${index}?embed=1&lang=ko&chapter=ip-mode&step=4`);
  await expect(page.locator('.embed .react-flow')).toBeVisible({ timeout: 60_000 });
  // ip-mode's step count comes from its outline, so a new step does not break this test.
  const total = chapterOutline('ip-mode').steps.length;
  await expect(page.getByText(`${total}단계 중 4단계`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: ko['player.next'] }).click();
  await expect(page.getByText(`${total}단계 중 5단계`, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: ko['embed.openFull'] })).toBeVisible();
  await expect(page.locator('.toc, .site-header')).toHaveCount(0);
  expect(outside).toEqual([]);
});
