import type { Page } from '@playwright/test';
import { smallestDiagramText } from './fixtures/diagram-text.ts';
import { expect, test } from './fixtures/test.ts';

/**
 * The diagram draws the network as AWS does and the packet's real path (reference §9.2, §9.3,
 * §14): instance mode crosses to the other node when the chosen pod lives there (the chapter's
 * seed 12 picks domain-api-1 on k8s-api-domain after arriving on k8s-api-domain-2); ip mode
 * goes straight to the pod's ENI and draws no kube-proxy → pod edge on its path.
 */
const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
const routeEdges = (page: Page) => page.locator('.react-flow__edge:has(.dg-edge.is-route)');

test.describe('the packet path', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("instance mode: ENI on the NodePort → kube-proxy → the other node's ENI → the pod", async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=node-to-pod&mode=instance');
    const cross = edge(page, 'data:kube-proxy:k8s-api-domain-2->eni:k8s-api-domain');
    await expect(cross).toHaveCount(1);
    await expect(cross.locator('.dg-edge')).toHaveClass(/is-route/);
    await expect(edge(page, 'data:eni:k8s-api-domain->pod:default/domain-api-1')).toHaveCount(1);
    await expect(
      edge(page, 'data:eni:k8s-api-domain-2->kube-proxy:k8s-api-domain-2').locator('.dg-edge'),
    ).toHaveClass(/is-route/);
    // Its line is drawn: an orthogonal path with at least one segment.
    expect(await cross.locator('.dg-edge-line').getAttribute('d')).toMatch(/^M [\d.]+ [\d.]+ L /);
  });

  test('ip mode: no kube-proxy → pod edge on the path; kube-proxy says it is not on it', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=node-to-pod&mode=ip');
    await expect(routeEdges(page).first()).toBeAttached();
    const ids = await routeEdges(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-id')),
    );
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id) => id?.includes('kube-proxy:'))).toEqual([]);
    expect(ids).toContain('data:eni:k8s-api-domain-2->pod:default/domain-api-3');
    const kubeProxyToPod = await page
      .locator('.react-flow__edge')
      .evaluateAll((els) =>
        els
          .map((e) => e.getAttribute('data-id') ?? '')
          .filter((id) => /kube-proxy:[^>]*->pod:/.test(id)),
      );
    expect(kubeProxyToPod).toEqual([]);
    await expect(
      page.getByRole('button', { name: /^kube-proxy on node k8s-api-domain-2: not on this path/ }),
    ).toHaveCount(1);
  });
});

test.describe('the network, named', () => {
  for (const [lang, vpc, subnet, zone] of [
    ['en', /^VPC 10\.0\.0\.0\/16/, /^Subnet 10\.0\.\d+\.0\/24 · /, /^Availability Zone us-west-2/],
    ['ko', /^VPC 10\.0\.0\.0\/16/, /^서브넷 10\.0\.\d+\.0\/24 · /, /^가용 영역 us-west-2/],
  ] as const) {
    test(`${lang}: the VPC, each subnet and each Availability Zone have accessible names`, async ({
      chapterPage,
      page,
    }) => {
      await chapterPage.goto(`?lang=${lang}&chapter=instance-mode&step=node-to-pod&mode=instance`);
      await expect(page.getByRole('button', { name: vpc })).toHaveCount(1);
      // Two zones, each with a public and a private subnet.
      await expect(page.getByRole('button', { name: zone })).toHaveCount(2);
      await expect(page.getByRole('button', { name: subnet })).toHaveCount(4);
      const names = await page
        .getByRole('button', { name: subnet })
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(names.some((n) => n.includes('kubernetes.io/role/elb'))).toBe(true);
      expect(names.some((n) => n.includes('kubernetes.io/role/internal-elb'))).toBe(true);
      // The inspector shows a public subnet's discovery tag.
      await page.getByRole('button', { name: subnet }).first().focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toContainText('"Key": "kubernetes.io/role/elb"');
    });
  }
});

/** The smallest font on screen inside the diagram's frame, as drawn (font size × zoom). */
/**
 * Waits until the camera stands still: the viewport's transform is the same over a few animation
 * frames (it glides between steps). Waits for the state, not for a time.
 */
async function cameraSettled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const transform = () =>
          document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const first = transform();
        for (let i = 0; i < 3; i++) await frame();
        return first !== '' && first === transform();
      }),
    )
    .toBe(true);
}

const smallestText = (page: Page) => page.locator('body').evaluate(smallestDiagramText);

test.describe('readable at every step', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const [chapter, mode] of [
    ['instance-mode', 'instance'],
    ['ip-mode', 'ip'],
    ['l4-vs-l7', 'instance'],
    ['controller-overview', 'instance'],
  ] as const)
    test(`${chapter}: fitted text is at least 12 px at 1280×720, step by step`, async ({
      chapterPage,
      page,
    }) => {
      await chapterPage.goto(`?lang=en&chapter=${chapter}&step=1&mode=${mode}`);
      const { total } = await chapterPage.position();
      for (let step = 1; step <= total; step++) {
        if (step > 1) await chapterPage.next();
        await expect.poll(async () => (await chapterPage.position()).step).toBe(step);
        // The camera moves between steps: measure where it comes to rest.
        await cameraSettled(page);
        expect(await smallestText(page), `step ${step}`).toBeGreaterThanOrEqual(12);
      }
    });
});

test.describe('above the fold', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('narration, controls and the diagram fit in 1366×768', async ({ chapterPage, page }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=node-to-pod&mode=instance');
    // The contents drawer opens on a first visit; a reader who has been here finds it closed.
    await page.evaluate(() => {
      const drawer = document.querySelector('details.toc-drawer') as HTMLDetailsElement | null;
      if (drawer) drawer.open = false;
    });
    for (const locator of [
      chapterPage.narration(),
      chapterPage.button('next'),
      chapterPage.scrubber(),
      page.locator('.dg-frame'),
    ]) {
      const box = (await locator.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
    }
    // The buttons, the scrubber, the speed and "play through" share one row, which leaves the
    // diagram more than the 360 px floor (two rows left it 416).
    const controls = (await page.locator('.step-controls').boundingBox())!;
    const button = (await chapterPage.button('next').boundingBox())!;
    expect(controls.height).toBeLessThan(2 * button.height + 16);
    expect((await page.locator('.dg-frame').boundingBox())!.height).toBeGreaterThanOrEqual(440);
  });
});

test.describe('a stable layout', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('layout shift at load stays under 0.05, and the diagram never moves with the narration', async ({
    chapterPage,
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await chapterPage.goto('?lang=en&chapter=controller-overview&step=1&mode=instance');
    // Loaded: the diagram drawn, the web fonts in, the camera at rest.
    await page.locator('.react-flow__node').first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await cameraSettled(page);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(
      0.05,
    );
    const frame = page.locator('.dg-frame');
    const tops = new Set<number>();
    for (let step = 1; step <= 4; step++) {
      if (step > 1) await chapterPage.next();
      await expect.poll(async () => (await chapterPage.position()).step).toBe(step);
      tops.add(Math.round((await frame.boundingBox())!.y));
    }
    expect([...tops]).toHaveLength(1);
  });
});
