// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RenderBoundary } from './RenderBoundary.tsx';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new Error('the simulator tripped');
  return <p>chapter</p>;
}

describe('RenderBoundary', () => {
  it('shows the message instead of a blank page, and retries when the key changes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const view = (key: string) => (
      <div>
        <p>contents</p>
        <RenderBoundary resetKey={key} fallback={(e) => <p role="alert">failed: {e.message}</p>}>
          <Fragile />
        </RenderBoundary>
      </div>
    );
    broken = true;
    const { rerender } = render(view('a'));
    expect(screen.getByRole('alert').textContent).toBe('failed: the simulator tripped');
    expect(screen.getByText('contents')).toBeTruthy();
    broken = false;
    rerender(view('a'));
    expect(screen.queryByText('chapter')).toBeNull();
    rerender(view('b'));
    expect(screen.getByText('chapter')).toBeTruthy();
    quiet.mockRestore();
  });
});
