import { en } from '../src/i18n/messages.en.ts';
import { ko } from '../src/i18n/messages.ko.ts';
import { chapterIds } from '../src/lesson/chapters.ts';
import { expect, test } from './fixtures/test.ts';

// Every written chapter (the playground is the reader's own scenario, tested with the diagram).
const CHAPTERS = chapterIds.filter((id) => id !== 'playground');

test.describe('every chapter, start to end', () => {
  // Each chapter in one language and theme, alternating: both languages' text of every step and
  // question is checked by unit tests (every-chapter-is-consistent, prose-per-mode), and
  // quality-axe-chapters opens every chapter in both; this walks the page itself to its end.
  for (const [i, chapter] of CHAPTERS.entries()) {
    const [lang, theme] = i % 2 === 0 ? (['en', 'light'] as const) : (['ko', 'dark'] as const);
    test(`${chapter} in ${lang} (${theme}) steps to its end and shows its quiz`, async ({
      chapterPage,
      page,
    }) => {
      const m = lang === 'en' ? en : ko;
      await chapterPage.goto(`?chapter=${chapter}&lang=${lang}&theme=${theme}`);
      const progress = chapterPage.progress();
      const total = Number(await progress.getAttribute('aria-valuemax'));
      expect(total).toBeGreaterThanOrEqual(6);
      expect(total).toBeLessThanOrEqual(14);
      const titles: string[] = [];
      for (let step = 1; step <= total; step++) {
        if (step > 1) await chapterPage.next();
        await expect(progress).toHaveAttribute('aria-valuenow', String(step));
        await expect(chapterPage.stepTitle()).toBeVisible();
        titles.push((await chapterPage.stepTitle().textContent()) ?? '');
        if (step === Math.ceil(total / 2))
          await page.screenshot({ path: `screenshots/chapter-${chapter}-${lang}-${theme}.png` });
      }
      // Every step has its own title, in the page's language.
      expect(new Set(titles).size).toBe(total);
      await expect(chapterPage.button('next')).toBeDisabled();
      await expect(page.getByRole('heading', { name: m['quiz.title'], exact: true })).toBeVisible();
      // Every written option shows its text from the chapter, never its bare id.
      for (const option of await page.locator('[data-kind="choice"] .quiz-option').all()) {
        const id = (await option.getAttribute('data-option')) ?? '';
        expect((await option.innerText()).trim()).not.toBe(id);
      }
      await page.screenshot({
        path: `screenshots/chapter-${chapter}-${lang}-${theme}-quiz.png`,
        fullPage: true,
      });
    });
  }
});

test.describe('navigation', () => {
  test('a deep link by step id or number restores chapter, step, mode, language and theme', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto(
      '?lang=ko&chapter=instance-mode&step=register-targets&mode=ip&theme=dark',
    );
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '7');
    await expect(chapterPage.mode('ip')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    // Korean text keeps the Latin colon in addresses ("10.0.1.101:8000"), not the font's raised one.
    await expect(page.locator('.react-flow__node').first()).toHaveCSS(
      'font-feature-settings',
      '"locl" 0',
    );
    // The step's title follows the mode (ipTitle), and the same step in instance mode has its own.
    await expect(chapterPage.stepTitle()).toHaveText('대상 등록: 파드 IP + 8000 포트');
    await chapterPage.mode('instance').check();
    await expect(page).toHaveURL(/step=register-targets&mode=instance/);
    await expect(chapterPage.stepTitle()).toHaveText('대상 등록: 인스턴스 ID + NodePort');
    // A number works too, and the address then names the step by its id.
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=3');
    await expect(chapterPage.stepTitle()).toHaveText(
      'Watching: the informers list, then the Ingress arrives',
    );
  });

  test('an unknown step id falls back to the first step, with a notice in the reader’s language', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=ko&chapter=instance-mode&step=no-such-step');
    await expect(chapterPage.notices()).toContainText('no-such-step');
    await expect(chapterPage.progress()).toHaveAttribute('aria-valuenow', '1');
    await expect(page).toHaveURL(/step=the-setup/);
  });

  test('the language switch keeps chapter, step and mode', async ({ chapterPage, page }) => {
    await chapterPage.goto('?lang=en&chapter=ip-mode&step=4&mode=instance');
    await page.getByRole('link', { name: '한국어', exact: true }).click();
    await expect(page).toHaveURL(/lang=ko&chapter=ip-mode&step=[a-z0-9-]+&mode=instance/);
    await expect(page.getByRole('heading', { name: ko['chapter.title.ip-mode'] })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: ko['lesson.progress'] })).toHaveAttribute(
      'aria-valuenow',
      '4',
    );
  });

  test('keyboard only: arrows, Home and End move through the steps; reading mode lists them all', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode');
    const progress = chapterPage.progress();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(progress).toHaveAttribute('aria-valuenow', '3');
    await page.keyboard.press('End');
    await expect(progress).toHaveAttribute('aria-valuenow', '12');
    await page.keyboard.press('ArrowLeft');
    await expect(progress).toHaveAttribute('aria-valuenow', '11');
    await page.keyboard.press('Home');
    await expect(progress).toHaveAttribute('aria-valuenow', '1');

    const reading = page.getByRole('button', { name: en['reading.toggle'], exact: true });
    await reading.focus();
    await page.keyboard.press('Enter');
    await expect(reading).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.reading-step')).toHaveCount(12);
    await expect(page.getByRole('img', { name: /Diagram at the end of the step/ })).toHaveCount(12);
    await page.screenshot({ path: 'screenshots/reading-mode-en.png', fullPage: true });
  });

  test('a misconception callout draws the seed’s diagram (repaired) beside the corrected one', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=register-targets');
    const callout = page.getByRole('note', { name: en['prose.misconception.title'] });
    await expect(callout).toBeVisible();
    // mermaid loads on demand and draws both pictures.
    await expect(callout.locator('.mermaid-svg svg')).toHaveCount(2);
    await expect(callout.locator('.mermaid-svg svg').first()).toContainText('domain-ingress');
    // The seed's block exactly as written does not parse: mermaid's own error is shown.
    await callout.getByText(en['prose.misconception.asWritten']).click();
    await expect(callout.locator('.mermaid-error')).toContainText('Parse error');
  });

  test('a glossary term opens its definition', async ({ chapterPage, page }) => {
    await chapterPage.goto('?lang=ko&chapter=instance-mode&step=node-to-pod');
    const term = page.getByRole('button', { name: 'kube-proxy', exact: true }).first();
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('note').filter({ hasText: 'iptables' }).first()).toBeVisible();
  });

  test('contents sit beside the chapter on a wide screen', async ({ chapterPage, page }) => {
    await page.setViewportSize({ width: 1680, height: 1000 });
    await chapterPage.goto('?lang=ko&chapter=ip-mode');
    await expect(page.locator('details.toc-drawer')).toHaveCount(0);
    const toc = page.getByRole('navigation', { name: ko['toc.title'], exact: true });
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link', { name: ko['chapter.title.ip-mode'] })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const tocBox = (await toc.boundingBox())!;
    const prose = (await page.locator('.chapter-prose').boundingBox())!;
    expect(tocBox.x + tocBox.width).toBeLessThanOrEqual(prose.x);
    await page.screenshot({ path: 'screenshots/course-wide-ko.png' });
  });

  test('progress is remembered, and a corrupt stored value is ignored', async ({
    chapterPage,
    page,
  }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          'aws-lbc-explained.progress',
          '{"version":1,"chapters":{"irsa":42}}garbage',
        );
        sessionStorage.setItem('seeded', '1');
      }
    });
    await chapterPage.goto('?lang=en&chapter=instance-mode');
    let toc = await chapterPage.toc();
    await expect(toc).toContainText('1 of 12 steps seen');
    await chapterPage.next();
    await chapterPage.next();
    await expect(toc).toContainText('3 of 12 steps seen');
    await page.reload();
    toc = await chapterPage.toc();
    await expect(toc).toContainText('3 of 12 steps seen');
    // Opening another chapter from the contents closes the drawer and keeps the language.
    await chapterPage.tocLink('irsa').click();
    await expect(page).toHaveURL(/lang=en&chapter=irsa/);
    await expect(page.locator('details.toc-drawer')).not.toHaveAttribute('open', '');
  });
});

test.describe('check your understanding', () => {
  test('a choice question and a registered-target question give feedback that explains', async ({
    chapterPage,
    page,
  }) => {
    await chapterPage.goto('?lang=en&chapter=instance-mode&step=response');
    const quiz = page.getByRole('region', { name: en['quiz.title'] });
    await expect(quiz).toBeVisible();

    const choice = quiz.locator('[data-question="etp-local"]');
    // The options read as the chapter wrote them, apart from the question.
    await expect(choice.locator('[data-option="unhealthy"]')).toContainText(
      'It stays registered and turns unhealthy',
    );
    await expect(choice.locator('legend')).not.toContainText('It stays registered');
    await choice.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(choice.getByRole('status')).toContainText(en['quiz.pick']);
    await choice.locator('[data-option="deregistered"] input').check();
    await choice.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(choice.getByRole('status')).toContainText(en['quiz.wrong']);
    await choice.locator('[data-option="unhealthy"] input').check();
    await choice.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(choice.getByRole('status')).toContainText(en['quiz.correct']);
    await expect(choice.getByRole('status')).toContainText('health check on 31666 times out');

    // The simulator's answer: in instance mode an instance ID on the NodePort in the question.
    const registered = quiz.locator('[data-question="registered"]');
    const prompt = (await registered.locator('legend').textContent()) ?? '';
    const nodePort = /NodePort (\d+)/.exec(prompt)?.[1];
    expect(nodePort).toBeTruthy();
    const right = registered.locator('.quiz-option', {
      hasText: new RegExp(`^i-\\w+:${nodePort}$`),
    });
    await expect(right).toHaveCount(1);
    await right.locator('input').check();
    await registered.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(registered.getByRole('status')).toContainText(en['quiz.correct']);
    await expect(registered.getByRole('status')).toContainText('instance IDs');
  });

  test('next hop: clicking the diagram is graded by the trace', async ({ chapterPage, page }) => {
    await chapterPage.goto('?lang=ko&chapter=instance-mode&step=response');
    const question = page.locator('[data-question="next-hop"]');
    const diagram = question.getByRole('region', { name: ko['quiz.nextHop.diagram'] });
    // Its canvas is drawn as the question comes into view, as the reader scrolls to it.
    await question.scrollIntoViewIfNeeded();
    await expect(diagram).toBeVisible();
    // The camera looks at the packet's element (a random question), so the API server may be
    // outside the canvas: the reader fits the whole diagram first, as the controls offer.
    await diagram.getByRole('button', { name: ko['diagram.fitView'], exact: true }).click();
    // The API server is never on a request's path, so clicking it is always wrong.
    await diagram.getByRole('button', { name: /^API 서버/ }).click();
    await expect(question.getByRole('status')).toContainText(ko['quiz.wrong']);
    await expect(question.getByRole('status')).toContainText('패킷은 다음으로');
    await page.screenshot({ path: 'screenshots/quiz-next-hop-ko.png', fullPage: true });
  });
});
