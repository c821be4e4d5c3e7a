// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import core from '../../../content/glossary/core-terms.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { LocaleContext } from '../../i18n/useLocale.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { Term } from './mdx-components.tsx';

const inKorean = (node: React.ReactNode) => (
  <LocaleContext value="ko">
    <TranslateContext value={createTranslator('ko')}>{node}</TranslateContext>
  </LocaleContext>
);

describe('a glossary term in the prose', () => {
  afterEach(cleanup);

  it('is a button at once, and its definition, fetched after the first paint, opens on a click', async () => {
    render(inKorean(<Term id="tgb">TargetGroupBinding</Term>));
    const word = screen.getByRole('button', { name: 'TargetGroupBinding' });
    fireEvent.click(word);
    expect(word.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText(core.tgb!.ko.definition)).toBeTruthy();
  });

  it('is plain text once the glossary is here and does not define it', async () => {
    render(inKorean(<Term id="no-such-term">무엇</Term>));
    await screen.findByText('무엇', { selector: ':not(button)' });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
