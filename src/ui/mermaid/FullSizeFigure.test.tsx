// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { misconceptionLabel } from '../prose/misconception-label.ts';
import { FullSizeFigure, naturalWidth, withOwnIds } from './FullSizeFigure.tsx';

const svg =
  '<svg id="figure-x-en-light" width="100%" style="max-width: 578.5px;" viewBox="-8 -8 578.5 906">' +
  '<style>#figure-x-en-light .node{fill:#fff}</style>' +
  '<marker id="figure-x-en-light_flowchart-v2-pointEnd"></marker>' +
  '<path marker-end="url(#figure-x-en-light_flowchart-v2-pointEnd)"></path><text>Controller</text></svg>';

describe('a figure at full size', () => {
  afterEach(cleanup);

  it('is as wide as mermaid drew it, under ids of its own (no id twice on the page)', () => {
    expect(naturalWidth(svg)).toBe(578.5);
    expect(naturalWidth('<svg></svg>')).toBeNull();
    const copy = withOwnIds(svg, '-full');
    expect(copy).toContain('id="figure-x-en-light-full"');
    expect(copy).toContain('#figure-x-en-light-full .node');
    expect(copy).toContain('url(#figure-x-en-light-full_flowchart-v2-pointEnd)');
    expect(copy).not.toMatch(/figure-x-en-light(?!-full)/);
  });

  it.each(['en', 'ko'] as const)(
    'opens from a button named in the reader’s language (%s) and closes again',
    (locale) => {
      const t = createTranslator(locale);
      // jsdom has no modal dialogs: open and close them as a browser would.
      HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
        this.open = true;
      };
      HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
        this.open = false;
        this.dispatchEvent(new Event('close'));
      };
      render(
        <TranslateContext value={t}>
          <FullSizeFigure svg={svg} />
        </TranslateContext>,
      );
      expect(document.querySelector('#figure-x-en-light-full')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: t('prose.mermaid.open') }));
      const dialog = screen.getByRole('dialog', { name: t('prose.mermaid.fullSize') });
      expect(dialog.querySelector('svg')?.id).toBe('figure-x-en-light-full');
      expect(dialog.querySelector<HTMLElement>('.mermaid-full')?.style.width).toBe('579px');
      fireEvent.click(screen.getByRole('button', { name: t('prose.mermaid.close') }));
      expect(document.querySelector('#figure-x-en-light-full')).toBeNull();
    },
  );

  it.each(['en', 'ko'] as const)(
    'is named by the figure’s own title when it has one, so a wrong picture still says so (%s)',
    (locale) => {
      const t = createTranslator(locale);
      HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
        this.open = true;
      };
      const title = misconceptionLabel(t, 'original');
      render(
        <TranslateContext value={t}>
          <FullSizeFigure svg={svg} title={title} />
        </TranslateContext>,
      );
      fireEvent.click(screen.getByRole('button', { name: t('prose.mermaid.open') }));
      const dialog = screen.getByRole('dialog');
      const name = dialog.getAttribute('aria-labelledby') ?? '';
      const heading = screen.getByRole('heading', {
        name: new RegExp(`^✗ ${t('prose.misconception.original')}`),
      });
      expect(heading.id).toBe(name);
      expect(heading.textContent).toBe(t('prose.mermaid.fullSizeOf', { title }));
      expect(heading.textContent).not.toBe(t('prose.mermaid.fullSize'));
      expect(screen.getByRole('dialog', { name: heading.textContent ?? '' })).toBe(dialog);
    },
  );
});
