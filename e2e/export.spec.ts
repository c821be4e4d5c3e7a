import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { GifReader } from 'omggif';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { startHostServer, type HostServer } from './fixtures/host-server.ts';
import { expect, test } from './fixtures/test.ts';

// The Share / Embed dialog and the exports it makes from the frame on screen.
let host: HostServer;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  await host.close();
});

async function openChapter(page: Page, query: string) {
  await page.goto(query);
  await expect(page.locator('.react-flow')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar').first()).toBeVisible();
}

// The header's button (a diagram element's name may contain 공유, "shared").
const shareButton = (page: Page) => page.getByRole('button', { name: /^(Share|공유) \/ / });

async function openDialog(page: Page) {
  await shareButton(page).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(
  page: Page,
  dialog: ReturnType<Page['getByRole']>,
  name: 'SVG' | 'PNG' | 'GIF',
) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Drops a file onto the page as a reader would. */
async function drop(page: Page, bytes: Buffer, name: string, type: string) {
  await page.evaluate(
    ([data, fileName, mime]) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([Uint8Array.from(data as number[])], fileName as string, { type: mime as string }),
      );
      window.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    [[...bytes], name, type] as const,
  );
}

test('the Share / Embed dialog gives the link, the snippets, Mermaid that parses and how-tos, in both languages', async ({
  page,
  baseURL,
}) => {
  await openChapter(page, '?lang=en&chapter=ip-mode&step=alb-picks-a-pod&mode=ip&theme=dark');
  const dialog = await openDialog(page);
  await expect(dialog.getByRole('heading', { name: en['share.title'] })).toBeVisible();
  const link = await dialog.getByLabel(en['share.link'], { exact: true }).inputValue();
  expect(link).toContain('chapter=ip-mode');
  expect(link).toContain('step=alb-picks-a-pod');
  expect(link).toContain('theme=dark');
  const player = await dialog.getByLabel(en['share.embedLink']).inputValue();
  expect(player).toMatch(
    /\?lang=en&chapter=ip-mode&step=alb-picks-a-pod&mode=ip&theme=dark&embed=1$/,
  );
  const iframe = await dialog.getByLabel(en['share.iframe']).inputValue();
  expect(iframe).toContain(`src="${player}"`);
  expect(iframe).toMatch(/^<iframe src="[^"]*embed=1[^"]*" title="[^"]+" width="760" height="520"/);
  const element = await dialog.getByLabel(en['share.element']).inputValue();
  expect(element).toContain('embed.js');
  expect(element).toContain(
    '<lbc-explainer chapter="ip-mode" step="alb-picks-a-pod" mode="ip" lang="en" theme="dark"></lbc-explainer>',
  );
  for (const name of ['SVG', 'PNG', 'GIF'])
    await expect(dialog.getByRole('button', { name, exact: true })).toBeVisible();
  for (const hostName of [
    'Confluence Cloud',
    'Confluence Data Center',
    'Notion',
    'GitLab',
    'GitHub',
    'MediaWiki',
  ])
    await expect(dialog.getByText(hostName, { exact: true })).toBeVisible();

  const flowchart = await dialog.getByLabel(en['share.mermaidFlowchart']).inputValue();
  const sequence = await dialog.getByLabel(en['share.mermaidSequence']).inputValue();
  expect(flowchart).toContain('flowchart LR');
  expect(flowchart).toContain('ip-mode');
  expect(sequence).toContain('sequenceDiagram');
  for (const text of [flowchart, sequence]) expect(text).not.toContain('architecture');

  // The real parser, in a page of its own (mermaid's browser build from node_modules).
  const parser = await page.context().newPage();
  await parser.goto(`${host.origin}/blank.html`);
  await parser.addScriptTag({ url: `${host.origin}/mermaid/mermaid.min.js` });
  const parse = (text: string) =>
    parser.evaluate(async (code) => {
      const mermaid = (
        window as unknown as { mermaid: { parse: (t: string) => Promise<{ diagramType: string }> } }
      ).mermaid;
      try {
        return (await mermaid.parse(code)).diagramType;
      } catch (error) {
        return `error: ${String(error)}`;
      }
    }, text);
  expect(await parse(flowchart)).toMatch(/^flowchart/);
  expect(await parse(sequence)).toBe('sequence');
  expect(await parse('flowchart LR\n  a["x" --> ')).toMatch(/^error/);
  await parser.close();

  await dialog.getByRole('button', { name: en['share.close'] }).click();
  await expect(dialog).toBeHidden();

  await openChapter(page, '?lang=ko&chapter=instance-mode&step=3&mode=instance');
  const koDialog = await openDialog(page);
  await expect(koDialog.getByRole('heading', { name: ko['share.title'] })).toBeVisible();
  await expect(koDialog.getByText(ko['share.host.notion.text'])).toBeVisible();
  expect(await koDialog.getByLabel(ko['share.link'], { exact: true }).inputValue()).toContain(
    'lang=ko',
  );
  expect(baseURL).toBeTruthy();
});

test('an exported SVG and PNG carry the state, and dropping them onto the app reopens it', async ({
  page,
}) => {
  await openChapter(page, '?lang=en&chapter=ip-mode&step=health-checks-reach-pods&mode=ip');
  const dialog = await openDialog(page);
  const svg = await download(page, dialog, 'SVG');
  expect(svg.name).toBe('lbc-ip-mode-health-checks-reach-pods-ip.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('ip-mode');
  expect(svgText).toContain('&quot;step&quot;:&quot;health-checks-reach-pods&quot;');
  // English needs no font inside: the declared list (any sans-serif) reads it.
  expect(svgText).not.toContain('@font-face');
  const png = await download(page, dialog, 'PNG');
  expect(png.name).toBe('lbc-ip-mode-health-checks-reach-pods-ip.png');
  expect([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(png.bytes.includes(Buffer.from('tEXtlbc-explainer'))).toBe(true);
  await dialog.getByRole('button', { name: en['share.close'] }).click();

  for (const [file, type] of [
    [svg, 'image/svg+xml'],
    [png, 'image/png'],
  ] as const) {
    await openChapter(page, '?lang=en&chapter=irsa&step=1');
    await drop(page, file.bytes, file.name, type);
    await expect(page).toHaveURL(/chapter=ip-mode/);
    await expect(page).toHaveURL(/step=health-checks-reach-pods/);
    await expect(page).toHaveURL(/mode=ip/);
    await expect(page.getByRole('radio', { name: 'ip' })).toBeChecked();
    await expect(page.locator('.react-flow')).toBeVisible();
  }

  // A file that says nothing opens nothing, with a notice.
  await drop(
    page,
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    'other.svg',
    'image/svg+xml',
  );
  await expect(page.getByRole('alert').filter({ hasText: en['share.dropFailed'] })).toBeVisible();
  await expect(page).toHaveURL(/chapter=ip-mode/);
});

test('a Korean SVG carries the slices of its font, and Chromium draws its Hangul with them', async ({
  page,
}) => {
  await openChapter(page, '?lang=ko&chapter=ip-mode&step=2&mode=ip');
  const dialog = await openDialog(page);
  const svg = (await download(page, dialog, 'SVG')).bytes.toString('utf8');
  expect(svg).toMatch(/font-family="[^"]*Noto Sans KR[^"]*Malgun Gothic[^"]*sans-serif/);
  expect(svg).toMatch(
    /@font-face\{font-family:'Noto Sans KR';font-weight:700;src:url\(data:font\/woff2;base64,/,
  );
  const bare = svg.replace(/<defs><style>[\s\S]*?<\/style><\/defs>/, '');
  expect(bare).not.toContain('@font-face');
  // Rasterised as an image (as a wiki shows it, no page fonts), the caption's letters change
  // with the font inside: it is the one drawing them.
  await page.goto('about:blank');
  const differing = await page.evaluate(
    async ([withFont, without]) => {
      const pixels = async (text: string) => {
        const image = new Image();
        image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 500;
        canvas.height = 40;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, 500, 40).data;
      };
      const [a, b] = [await pixels(withFont!), await pixels(without!)];
      let count = 0;
      for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i]) count++;
      return count;
    },
    [svg, bare] as const,
  );
  expect(differing).toBeGreaterThan(200);
});

test('the GIF of a packet step decodes, loops more than one frame, is 800 px wide and under 2 MB', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openChapter(page, '?lang=en&chapter=instance-mode&step=8&mode=instance');
  const dialog = await openDialog(page);
  const gif = await download(page, dialog, 'GIF');
  expect(gif.name).toMatch(/\.gif$/);
  expect(gif.bytes.length).toBeLessThan(2 * 1024 * 1024);
  const reader = new GifReader(new Uint8Array(gif.bytes));
  expect(reader.width).toBe(800);
  expect(reader.numFrames()).toBeGreaterThan(1);
  expect(reader.loopCount()).toBe(0);
  const pixels = new Uint8Array(reader.width * reader.height * 4);
  const first = new Uint8Array(pixels.length);
  for (let i = 0; i < reader.numFrames(); i++) {
    reader.decodeAndBlitFrameRGBA(i, pixels);
    if (i === 0) first.set(pixels);
  }
  // The frames differ: something moves.
  expect(Buffer.compare(Buffer.from(first), Buffer.from(pixels))).not.toBe(0);
});
