import { readFileSync } from 'node:fs';
import type { ChapterPage } from './fixtures/chapter-page.ts';
import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { expect, test } from './fixtures/test.ts';

// Issue 9: a step is a span with a settled end. Next, Previous, deep links and opening a chapter
// land on that end; Play plays the current step and stops; "Play through" goes on; the target
// type, the titles and the prose follow the chapter's modes.

test.use({ viewport: { width: 1280, height: 800 } });

/** The target group's card in the chapter's diagram, by its accessible name. */
const targetGroupName = /^Target group default\/domain-ingress-location-api:80, /;
/** The badge on the target group's card ("n/m healthy"; drawn beside its button, not in it). */
const targetGroupBadge = (chapter: ChapterPage) =>
  chapter
    .diagram()
    .locator('.react-flow__node')
    .filter({ has: chapter.page.getByRole('button', { name: targetGroupName }) })
    .locator('.dg-badge');

/** A chapter's English source, for the titles and prose the tests expect. */
const mdx = (chapter: string) =>
  readFileSync(new URL(`../content/chapters/${chapter}/en.mdx`, import.meta.url), 'utf8');

/** A frontmatter field of a chapter (`title`, `ipTitle`…), unquoted. */
function frontmatter(source: string, key: string): string {
  const value = new RegExp(`^${key}: (.+)$`, 'm').exec(source)?.[1];
  if (!value) throw new Error(`no ${key} in the frontmatter`);
  return value.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
}

/** The opening tag of `<Step id="…">`, with its attributes. */
function stepTag(source: string, id: string): string {
  const tag = new RegExp(`<Step\\s[^>]*id="${id}"[^>]*>`).exec(source)?.[0];
  if (!tag) throw new Error(`no step ${id}`);
  return tag;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1] ?? null;

test.describe('settled steps', () => {
  test('Next onto the fail-open step shows every target unhealthy at once, without Play', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=change-over-time&step=12&lang=en');
    const group = chapterPage.diagram().getByRole('button', { name: targetGroupName });
    const badge = targetGroupBadge(chapterPage);
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '12');
    // The step before: the lost node's targets are gone, the others still healthy.
    await expect(group).not.toHaveAccessibleName(/, 0 healthy targets$/);
    await expect(badge).toHaveText(/^[1-9]\d*\/[1-9]\d* healthy$/);
    const before = chapterPage.stepInUrl();

    await chapterPage.next();
    await expect(page).toHaveURL(/[?&]step=fail-open(&|$)/);
    expect(before).not.toBe('fail-open');
    // Not playing: the clock stands at the step's settled end, nothing left to play to get there.
    await expect(chapterPage.button('play')).toBeVisible();
    await expect(chapterPage.button('pause')).toHaveCount(0);
    await expect(group).toHaveAccessibleName(/, 0 healthy targets$/);
    await expect(badge).toHaveText(/^0\/[1-9]\d* healthy$/);
    const targets = chapterPage.diagram().getByRole('button', { name: /^Target 10\./ });
    await expect(targets).not.toHaveCount(0);
    for (const target of await targets.all())
      await expect(target).toHaveAccessibleName(/, unhealthy$/);
    await chapterPage.diagram().screenshot({ path: 'screenshots/settled-fail-open-diagram.png' });
  });

  test('a deep link to the fail-open step shows the same settled frame', async ({
    chapterPage,
  }) => {
    await chapterPage.goto('?chapter=change-over-time&step=fail-open&lang=en');
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '13');
    await expect(chapterPage.button('play')).toBeVisible();
    const group = chapterPage.diagram().getByRole('button', { name: targetGroupName });
    await expect(group).toHaveAccessibleName(/, 0 healthy targets$/);
    await expect(targetGroupBadge(chapterPage)).toHaveText(/^0\/[1-9]\d* healthy$/);
  });

  test('Previous goes to the previous step even from the middle of a step', async ({
    chapterPage,
  }) => {
    await chapterPage.goto('?chapter=instance-mode&step=aws-calls&lang=en');
    await chapterPage.speed().selectOption('0.25');
    await chapterPage.button('play').click();
    await expect(chapterPage.button('pause')).toBeVisible();
    await chapterPage.button('pause').click();
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '5');
    await chapterPage.button('previous').click();
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '4');
    expect(chapterPage.stepInUrl()).toBe('model');
  });
});

test.describe('playing', () => {
  test('Play plays the current step and stops at its end; with "Play through" it goes on', async ({
    chapterPage,
  }) => {
    await chapterPage.goto('?chapter=instance-mode&step=targets-healthy&lang=en');
    const progress = chapterPage.progress();
    await expect(progress).toHaveAttribute('aria-valuenow', '8');
    await expect(chapterPage.playThrough()).not.toBeChecked();
    // At 1× the step plays for 1.6 s: long enough to see Pause on a busy machine (at 4× it was
    // 0.4 s, and a loaded CI missed it).
    await chapterPage.speed().selectOption('1');

    await chapterPage.button('play').click();
    await expect(chapterPage.button('pause')).toBeVisible();
    // It stops by itself at the step's end, on the same step.
    await expect(chapterPage.button('play')).toBeVisible({ timeout: 20_000 });
    await expect(progress).toHaveAttribute('aria-valuenow', '8');
    expect(chapterPage.stepInUrl()).toBe('targets-healthy');

    // Play again replays the step, and still does not move on.
    await chapterPage.button('play').click();
    await expect(chapterPage.button('pause')).toBeVisible();
    await expect(chapterPage.button('play')).toBeVisible({ timeout: 20_000 });
    await expect(progress).toHaveAttribute('aria-valuenow', '8');

    // With "Play through" it carries on into the next steps.
    await chapterPage.playThrough().check();
    await chapterPage.button('play').click();
    await expect(progress).toHaveAttribute('aria-valuenow', '9', { timeout: 20_000 });
    await chapterPage.button('pause').click();
    await expect(chapterPage.button('play')).toBeVisible();
  });

  test('"Play through" is in Korean too', async ({ chapterPage }) => {
    await chapterPage.goto('?chapter=instance-mode&lang=ko');
    await expect(chapterPage.playThrough()).toBeVisible();
    await expect(chapterPage.playThrough()).toHaveAccessibleName(ko['player.playThrough']);
  });
});

test.describe('target type per chapter', () => {
  test('switching to ip on the DNAT step shows the ip title, heading and prose, on the same step', async ({
    chapterPage,
    page,
  }) => {
    const source = mdx('instance-mode');
    const tag = stepTag(source, 'node-to-pod');
    const instanceStepTitle = attribute(tag, 'instanceTitle') ?? attribute(tag, 'title')!;
    const ipStepTitle = attribute(tag, 'ipTitle') ?? attribute(tag, 'title')!;
    const instanceHeading = frontmatter(source, 'title');
    const ipHeading = frontmatter(source, 'ipTitle');
    expect(ipStepTitle).not.toBe(instanceStepTitle);
    expect(ipHeading).not.toBe(instanceHeading);

    await chapterPage.goto('?chapter=instance-mode&step=node-to-pod&lang=en');
    await expect(chapterPage.mode('instance')).toBeChecked();
    await expect(chapterPage.chapterTitle()).toHaveText(instanceHeading);
    await expect(chapterPage.stepTitle()).toHaveText(instanceStepTitle);
    const prose = chapterPage.stepProse();
    await expect(prose).toContainText('KUBE-NODEPORTS');
    await expect(prose).toContainText('rewrites the destination');

    await chapterPage.mode('ip').check();
    await expect(page).toHaveURL(/[?&]step=node-to-pod&mode=ip(&|$)/);
    await expect(chapterPage.mode('ip')).toBeChecked();
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '11');
    await expect(chapterPage.chapterTitle()).toHaveText(ipHeading);
    await expect(chapterPage.stepTitle()).toHaveText(ipStepTitle);
    await expect(prose).not.toContainText('KUBE-NODEPORTS');
    await expect(prose).not.toContainText('rewrites the destination');
    await expect(prose).toContainText('no NodePort, no DNAT, no SNAT');
    await expect(prose).toContainText('The ALB addressed the pod itself');
    await chapterPage
      .diagram()
      .screenshot({ path: 'screenshots/settled-node-to-pod-ip-diagram.png' });
  });

  test('change-over-time opens in ip mode', async ({ chapterPage, page }) => {
    await chapterPage.goto('?chapter=change-over-time&lang=en');
    await expect(chapterPage.mode('ip')).toBeChecked();
    await expect(chapterPage.mode('instance')).not.toBeChecked();
    await expect(page).toHaveURL(/[?&]mode=ip(&|$)/);
    await expect(chapterPage.diagram().getByRole('button', { name: /^Target i-/ })).toHaveCount(0);
  });

  test('without-controller has one mode: ?mode=ip falls back to instance, says so, and shows no toggle', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?chapter=without-controller&mode=ip&lang=en');
    await expect(chapterPage.notices()).toBeVisible();
    // Its own notice (not "unknown target type"): the chapter has no ip mode, shown in instance.
    await expect(chapterPage.notices()).toContainText(
      en['notice.modeNotInChapter'].replace('{value}', 'ip').replace('{fallback}', 'instance'),
    );
    await expect(page).toHaveURL(/[?&]mode=instance(&|$)/);
    await expect(page.getByRole('radiogroup')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'ip', exact: true })).toHaveCount(0);
    await expect(chapterPage.modeFixed('instance')).toBeVisible();
  });
});

test.describe('a first visit', () => {
  for (const lang of ['en', 'ko'] as const)
    test(`${lang}: opens the first chapter, its contents open at 1280 px, marked "Start here"`, async ({
      chapterPage,
      page,
    }) => {
      const m = lang === 'en' ? en : ko;
      chapterPage.lang = lang;
      await chapterPage.goto(lang === 'en' ? '' : '?lang=ko');
      await expect(page).toHaveURL(/[?&]chapter=controller-overview(&|$)/);
      await expect(
        page.getByRole('heading', { level: 2, name: m['chapter.title.controller-overview'] }),
      ).toBeVisible();
      // No progress stored: the drawer is open without a click.
      await expect(page.locator('details.toc-drawer')).toHaveAttribute('open', '');
      const toc = page.getByRole('navigation', { name: m['toc.title'], exact: true });
      await expect(toc).toBeVisible();
      const first = toc.getByRole('link', { name: m['chapter.title.controller-overview'] });
      await expect(first).toHaveAttribute('aria-current', 'page');
      await expect(first.getByText(m['toc.startHere'], { exact: true })).toBeVisible();
      // Only the first chapter says so.
      await expect(toc.getByText(m['toc.startHere'], { exact: true })).toHaveCount(1);
      await chapterPage.screenshot(`first-visit-${lang}`);
    });

  test('with stored progress, the contents stay closed at 1280 px', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en');
    await expect(page.locator('details.toc-drawer')).toHaveAttribute('open', '');
    await chapterPage.goto('?lang=en');
    await expect(page.locator('details.toc-drawer')).not.toHaveAttribute('open', '');
  });

  test('a shared link to a chapter goes straight to its diagram, contents closed', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=node-to-pod');
    await expect(page.locator('details.toc-drawer')).not.toHaveAttribute('open', '');
    await expect(page.locator('details.toc-drawer')).toBeVisible();
  });
});
