// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { DiagramPreview } from './DiagramPreview.tsx';
import { installReactFlowStubs } from './jsdom-flow-stubs.ts';

beforeAll(installReactFlowStubs);
afterEach(cleanup);

describe('DiagramPreview', () => {
  it('opens the inspector from the diagram, closes it on Escape and gives focus back', async () => {
    render(
      <TranslateContext value={createTranslator('en')}>
        <DiagramPreview reducedMotion />
      </TranslateContext>,
    );
    const ingress = screen.getByRole('button', { name: 'Ingress default/domain-ingress' });
    ingress.focus();
    await act(async () => {
      fireEvent.keyDown(ingress, { key: 'Enter' });
    });
    const dialog = screen.getByRole('dialog', { name: 'Ingress default/domain-ingress' });
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
    await act(async () => {
      fireEvent.keyDown(dialog, { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(ingress);
    const tg = screen.getByRole('button', { name: /^Target group / });
    await act(async () => {
      fireEvent.click(tg);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Close the inspector' }));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(tg);
    expect(screen.getByTestId('diagram-packet').getAttribute('data-label')).toBe('10.0.1.101:8000');
  });
});
