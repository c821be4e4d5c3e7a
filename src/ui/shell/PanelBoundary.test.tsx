// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './RenderBoundary.tsx';

afterEach(cleanup);

let broken = true;
function Panel() {
  if (broken) throw new Error('the diagram tripped');
  return <p>diagram</p>;
}

describe('PanelBoundary', () => {
  it('shows the message in the panel with a retry that renders the panel again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <div>
        <p>prose</p>
        <PanelBoundary>
          <Panel />
        </PanelBoundary>
        <button type="button">Next step</button>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('the diagram tripped');
    // The rest of the page is still there.
    expect(screen.getByText('prose')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeTruthy();
    const retry = screen.getAllByRole('button').find((b) => b.textContent !== 'Next step');
    expect(retry).toBeTruthy();
    // A retry while it still fails shows the message again.
    fireEvent.click(retry!);
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getAllByRole('button').find((b) => b.textContent !== 'Next step')!);
    expect(screen.getByText('diagram')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });
});
