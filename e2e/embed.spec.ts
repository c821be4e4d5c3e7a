import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { encodeScenario } from '../src/state/playground/scenario-codec.ts';
import { startHostServer, type HostServer } from './fixtures/host-server.ts';
import { expect, test } from './fixtures/test.ts';

// The compact player (`embed=1`) inside a host page on another origin, and its postMessage API.
let host: HostServer;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  await host.close();
});

interface Received {
  frame: number;
  origin: string;
  data: { type: string } & Record<string, unknown>;
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);
const ofType = async (page: Page, frame: number, name: string) =>
  (await received(page)).filter(
    (r) => r.frame === frame && r.data?.type === `lbc-explainer:${name}`,
  );
const last = async (page: Page, frame: number, name: string) =>
  (await ofType(page, frame, name)).at(-1)?.data;
const send = (page: Page, frame: number, data: unknown) =>
  page.evaluate(
    ([index, message]) =>
      (window as unknown as { send: (i: number, d: unknown) => void }).send(
        index as number,
        message,
      ),
    [frame, data] as const,
  );

/** A marker the tests pass through a frame, never a message of the player's own. */
const isMarker = (r: Received) => typeof r.data === 'string' && String(r.data).startsWith('e2e:');

/**
 * Waits until embed `index` (its frame `frame`) has handled every message the host sent it so
 * far, and the host has heard everything it said back: the host sends a marker after them, the
 * frame echoes it to the host, and messages between two windows arrive in the order sent.
 */
async function drain(page: Page, frame: Frame, index: number) {
  await frame.evaluate(() => {
    window.addEventListener('message', function echo(event) {
      if (event.data !== 'e2e:drain') return;
      window.removeEventListener('message', echo);
      window.parent.postMessage('e2e:drained', '*');
    });
  });
  const echoes = async () =>
    (await received(page)).filter((r) => r.frame === index && isMarker(r)).length;
  const before = await echoes();
  await send(page, index, 'e2e:drain');
  await expect.poll(echoes).toBe(before + 1);
}

async function openHost(page: Page, baseURL: string, a: string, b: string, bTells = true) {
  const src = (query: string) => new URL(`?embed=1&${query}`, baseURL).href;
  const url = `${host.origin}/host.html?a=${encodeURIComponent(src(a))}&b=${encodeURIComponent(src(b))}`;
  await page.goto(url);
  await expect
    .poll(async () => (await ofType(page, 0, 'ready')).length, { timeout: 20_000 })
    .toBe(1);
  if (bTells)
    await expect
      .poll(async () => (await ofType(page, 1, 'ready')).length, { timeout: 20_000 })
      .toBe(1);
  else
    await expect(page.frameLocator('#b').locator('.react-flow')).toBeVisible({ timeout: 20_000 });
  return { a: page.frameLocator('#a'), b: page.frameLocator('#b') };
}

test('two embeds on another origin say ready and their height, and show only the player', async ({
  page,
  baseURL,
}) => {
  const { a, b } = await openHost(
    page,
    baseURL!,
    'chapter=ip-mode&step=2&lang=en',
    'chapter=instance-mode&step=3&lang=ko',
  );
  const appOrigin = new URL(baseURL!).origin;
  expect(await last(page, 0, 'ready')).toMatchObject({
    chapter: 'ip-mode',
    index: 1,
    mode: 'ip',
    lang: 'en',
  });
  expect(await last(page, 1, 'ready')).toMatchObject({
    chapter: 'instance-mode',
    index: 2,
    lang: 'ko',
  });
  for (const frame of [0, 1]) {
    await expect
      .poll(async () => (await last(page, frame, 'height'))?.height as number)
      .toBeGreaterThan(300);
    expect((await ofType(page, frame, 'ready'))[0]!.origin).toBe(appOrigin);
  }
  // The host applied the height it was told; the player fits in it.
  const height = (await last(page, 0, 'height'))!.height as number;
  expect(height).toBeLessThan(700);
  await expect(page.locator('#a')).toHaveCSS('height', `${height}px`);

  // Only the player: the diagram, the narration, the controls and the link to the full app.
  await expect(a.getByRole('button', { name: en['player.next'] })).toBeVisible();
  await expect(b.getByRole('button', { name: ko['player.next'] })).toBeVisible();
  await expect(a.locator('.react-flow')).toBeVisible();
  await expect(a.getByText(/^Step 2 of \d+$/)).toBeVisible();
  for (const frame of [a, b]) {
    await expect(frame.locator('.site-header, .toc, nav, .chapter-prose, h1, h2')).toHaveCount(0);
    await expect(frame.getByRole('navigation')).toHaveCount(0);
  }
  const open = a.getByRole('link', { name: en['embed.openFull'] });
  await expect(open).toBeVisible();
  const href = await open.getAttribute('href');
  expect(href).toContain('chapter=ip-mode');
  expect(href).toContain('step=');
  expect(href).not.toContain('embed=');
  await expect(b.getByRole('link', { name: ko['embed.openFull'] })).toBeVisible();
});

test('every command moves the embed and comes back as an event', async ({ page, baseURL }) => {
  const { a, b } = await openHost(
    page,
    baseURL!,
    'chapter=ip-mode&step=2&lang=en',
    'chapter=instance-mode&lang=en',
  );
  const total = (await last(page, 0, 'ready'))!.total as number;
  const stepOf = async () => (await last(page, 0, 'stepChanged'))!;

  await send(page, 0, { type: 'lbc-explainer:next' });
  await expect.poll(async () => (await stepOf()).index).toBe(2);
  await send(page, 0, { type: 'lbc-explainer:prev' });
  await expect.poll(async () => (await stepOf()).index).toBe(1);
  await send(page, 0, { type: 'lbc-explainer:goto', chapter: 'ip-mode', step: 5 });
  await expect.poll(async () => (await stepOf()).index).toBe(4);
  await send(page, 0, {
    type: 'lbc-explainer:goto',
    chapter: 'ip-mode',
    step: 'pod-ips-registered',
  });
  await expect.poll(async () => (await stepOf()).step).toBe('pod-ips-registered');
  expect(await stepOf()).toMatchObject({ chapter: 'ip-mode', total });
  await expect(
    a.getByText(`Step ${((await stepOf()).index as number) + 1} of ${total}`, { exact: true }),
  ).toBeVisible();

  await send(page, 0, { type: 'lbc-explainer:play' });
  await expect(a.getByRole('button', { name: en['player.pause'] })).toBeVisible();
  await send(page, 0, { type: 'lbc-explainer:pause' });
  await expect(a.getByRole('button', { name: en['player.play'] })).toBeVisible();

  await send(page, 0, { type: 'lbc-explainer:setMode', mode: 'instance' });
  await expect.poll(async () => (await last(page, 0, 'modeChanged'))?.mode).toBe('instance');
  await expect(a.getByRole('button', { name: 'instance', pressed: true })).toBeVisible();

  await send(page, 0, { type: 'lbc-explainer:setLang', lang: 'ko' });
  await expect(a.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(a.getByRole('link', { name: ko['embed.openFull'] })).toBeVisible();

  await send(page, 0, { type: 'lbc-explainer:setTheme', theme: 'dark' });
  await expect(a.locator('html')).toHaveAttribute('data-theme', 'dark');
  await send(page, 0, { type: 'lbc-explainer:setTheme', theme: 'light' });
  await expect(a.locator('html')).toHaveAttribute('data-theme', 'light');

  await send(page, 0, { type: 'lbc-explainer:goto', chapter: 'irsa', step: 2 });
  await expect.poll(async () => (await stepOf()).chapter).toBe('irsa');
  expect((await stepOf()).index).toBe(1);

  // The other embed heard none of it.
  expect(await ofType(page, 1, 'stepChanged')).toHaveLength(1);
  await expect(b.getByText(/^Step 1 of \d+$/)).toBeVisible();
});

test('malformed messages, other frames and origins outside allowOrigin are ignored', async ({
  page,
  baseURL,
}) => {
  // B obeys only a host it does not run in.
  const { a, b } = await openHost(
    page,
    baseURL!,
    'chapter=ip-mode&step=3&lang=en',
    'chapter=ip-mode&step=3&lang=en&allowOrigin=https://wiki.example.com',
    false,
  );
  const before = await received(page);
  const bad: unknown[] = [
    'lbc-explainer:next',
    null,
    [{ type: 'lbc-explainer:next' }],
    { type: 'next' },
    { type: 'lbc-explainer:next', extra: true },
    { type: 'lbc-explainer:jump' },
    { type: 'lbc-explainer:goto', chapter: 'ip-mode', step: 999 },
    { type: 'lbc-explainer:goto', chapter: 'ip-mode', step: 'no-such-step' },
    { type: 'lbc-explainer:goto', chapter: 'nowhere', step: 1 },
    { type: 'lbc-explainer:goto', chapter: 'ip-mode', step: '<img src=x onerror=alert(1)>' },
    { type: 'lbc-explainer:setMode', mode: 'cluster' },
    { type: 'lbc-explainer:setLang', lang: 'fr' },
    { type: 'lbc-explainer:setTheme', theme: 'neon' },
    { type: 'lbc-explainer:setTheme', theme: { dark: true } },
  ];
  const frameA = page
    .frames()
    .find((f) => f !== page.mainFrame() && !f.url().includes('allowOrigin'));
  const frameB = page
    .frames()
    .find((f) => f !== page.mainFrame() && f.url().includes('allowOrigin'));
  for (const message of bad) await send(page, 0, message);
  await drain(page, frameA!, 0);
  const heard = (since: number) =>
    received(page).then((all) =>
      all.slice(since).filter((r) => r.data?.type !== 'lbc-explainer:height' && !isMarker(r)),
    );
  expect(await heard(before.length), 'after bad messages').toEqual([]);
  // A message from the other embed's frame, not from the host page.
  await frameB!.evaluate(() =>
    window.parent.frames[0]!.postMessage({ type: 'lbc-explainer:next' }, '*'),
  );
  // Good commands from an origin B does not allow.
  await send(page, 1, { type: 'lbc-explainer:next' });
  await send(page, 1, { type: 'lbc-explainer:setLang', lang: 'ko' });
  await drain(page, frameB!, 1);
  await drain(page, frameA!, 0);

  const after = (await received(page)).filter((r) => !isMarker(r));
  expect(await heard(before.length)).toEqual([]);
  for (const frame of [a, b]) await expect(frame.getByText(/^Step 3 of \d+$/)).toBeVisible();
  await expect(b.locator('html')).toHaveAttribute('lang', 'en');
  await expect(a.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  // B still tells its allowed origin only: the host here never hears B's events.
  expect(after.filter((r) => r.frame === 1)).toEqual([]);
  // And A still obeys a good command.
  await send(page, 0, { type: 'lbc-explainer:next' });
  await expect(a.getByText(/^Step 4 of \d+$/)).toBeVisible();
});

test('a key reaches only the focused embed, which shows its focus, and never scrolls the host', async ({
  page,
  baseURL,
}) => {
  const { a, b } = await openHost(
    page,
    baseURL!,
    'chapter=ip-mode&step=2&lang=en',
    'chapter=ip-mode&step=2&lang=en',
  );
  await expect(a.locator('.embed')).toHaveAttribute('data-focused', 'false');
  await a.locator('.embed-narration').click();
  await expect(a.locator('.embed')).toHaveAttribute('data-focused', 'true');
  await expect(b.locator('.embed')).toHaveAttribute('data-focused', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(a.getByText(/^Step 3 of \d+$/)).toBeVisible();
  await expect(b.getByText(/^Step 2 of \d+$/)).toBeVisible();
  for (const key of ['ArrowDown', 'PageDown', 'End', 'Home', 'ArrowUp']) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => window.scrollY), key).toBe(0);
  }
  await page.keyboard.press('Space');
  await expect(a.getByRole('button', { name: en['player.pause'] })).toBeVisible();
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(b.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await expect(b.getByRole('button', { name: en['player.play'] })).toBeVisible();

  await b.locator('.embed-narration').click();
  await expect(b.locator('.embed')).toHaveAttribute('data-focused', 'true');
  await expect(a.locator('.embed')).toHaveAttribute('data-focused', 'false');
  // Clicking B scrolled the host to it; the keys do not scroll it further.
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(b.getByText(/^Step 1 of \d+$/)).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('autoplay, speed and controls=0; theme from a Confluence macro', async ({ page, baseURL }) => {
  const { a, b } = await openHost(
    page,
    baseURL!,
    'chapter=ip-mode&step=1&lang=en&autoplay=1&speed=4&theme=auto',
    'chapter=ip-mode&step=2&lang=ko&controls=0&theme=dark',
  );
  // Plays through from the linked step on its own.
  await expect
    .poll(async () => ((await last(page, 0, 'stepChanged'))?.index as number) ?? 0, {
      timeout: 15_000,
    })
    .toBeGreaterThan(1);
  await expect(a.getByRole('button', { name: en['player.pause'] })).toBeVisible();
  await expect(a.locator('.notice')).toHaveCount(0);
  // No controls, still the diagram, the narration and the link.
  await expect(b.getByRole('button')).toHaveCount(await b.locator('.dg-frame button').count());
  await expect(b.locator('.react-flow')).toBeVisible();
  await expect(b.getByRole('link', { name: ko['embed.openFull'] })).toBeVisible();
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');
  await send(page, 1, { type: 'lbc-explainer:next' });
  await expect.poll(async () => (await last(page, 1, 'stepChanged'))?.index).toBe(2);
});

test('embed.js makes <lbc-explainer>: an iframe with auto-height and the events; oEmbed is discoverable', async ({
  page,
  baseURL,
  request,
}) => {
  const script = new URL('embed.js', baseURL).href;
  await page.goto(
    `${host.origin}/element.html?script=${encodeURIComponent(script)}&attributes=${encodeURIComponent('chapter="ip-mode" lang="ko" step="3"')}`,
  );
  const frame = page.locator('lbc-explainer iframe');
  await expect(frame).toHaveAttribute('src', /embed=1/);
  expect(await frame.getAttribute('src')).toContain(
    `allowOrigin=${encodeURIComponent(host.origin)}`,
  );
  type Events = { name: string; detail: Record<string, unknown> }[];
  const events = () => page.evaluate(() => (window as unknown as { events: Events }).events);
  await expect
    .poll(async () => (await events()).map((e) => e.name), { timeout: 20_000 })
    .toContain('height');
  const ready = (await events()).find((e) => e.name === 'ready')!;
  expect(ready.detail).toMatchObject({ chapter: 'ip-mode', index: 2, lang: 'ko' });
  const height = (await events()).filter((e) => e.name === 'height').at(-1)!.detail
    .height as number;
  await expect(frame).toHaveCSS('height', `${height}px`);
  await expect(
    page.frameLocator('lbc-explainer iframe').getByRole('link', { name: ko['embed.openFull'] }),
  ).toBeVisible();
  // The element's methods send commands.
  await page.evaluate(() =>
    (document.querySelector('lbc-explainer') as unknown as { next: () => void }).next(),
  );
  await expect
    .poll(async () => (await events()).filter((e) => e.name === 'stepChanged').at(-1)?.detail.index)
    .toBe(3);

  // oEmbed: the page links it, and it describes the player with relative addresses.
  const html = await (await request.get(new URL('./', baseURL).href)).text();
  expect(html).toMatch(
    /<link rel="alternate" type="application\/json\+oembed" href="\.\/oembed\.json"/,
  );
  const oembed = await (await request.get(new URL('oembed.json', baseURL).href)).json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_url: './',
    width: 760,
    height: 520,
  });
  expect(oembed.html).toContain('src="./?embed=1"');
});

test("the playground's scenario= plays in the player", async ({ page, baseURL }) => {
  const yaml = readFileSync('content/scenarios/seed-ip.yaml', 'utf8');
  const scenario = await encodeScenario(yaml);
  await page.goto(
    new URL(`?embed=1&lang=en&chapter=playground&step=2&scenario=${scenario}`, baseURL).href,
  );
  await expect(page.locator('.embed .react-flow')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  // At the end, the reader's manifests (ip targets: pod IPs), not the playground's (instances).
  await page.locator('.embed-narration').click();
  await page.keyboard.press('End');
  await expect(page.getByText(/^Step (\d+) of \1$/)).toBeVisible();
  await expect(
    page
      .locator('.react-flow')
      .getByRole('button', { name: /10\.0\.2\.104:8000/ })
      .first(),
  ).toBeAttached();
  await expect(
    page.locator('.react-flow').getByRole('button', { name: /i-0aaaaaaaaaaaaaaaa/ }),
  ).toHaveCount(0);
});

test('the player and the Share / Embed dialog have no axe violations, in both themes', async ({
  page,
}) => {
  for (const query of [
    '?embed=1&lang=ko&chapter=ip-mode&step=6&theme=dark',
    '?embed=1&lang=en&chapter=instance-mode&step=3&theme=light',
  ]) {
    await page.goto(query);
    await expect(page.locator('.embed .react-flow')).toBeVisible({ timeout: 20_000 });
    // The diagram's cards are the diagram's (checked with the chapters); this is the player's chrome.
    const axe = await new AxeBuilder({ page }).exclude('.react-flow').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
      [],
    );
  }
  await page.goto('?lang=en&chapter=ip-mode&step=3&theme=dark');
  await expect(page.locator('.react-flow')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: en['share.open'] }).click();
  await expect(page.getByRole('dialog').getByLabel(en['share.mermaidFlowchart'])).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );
});
