// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePlayerKeyboard, type PlayerKeys } from './usePlayerKeyboard.ts';

afterEach(cleanup);

function Harness({ keys }: { keys: PlayerKeys }) {
  usePlayerKeyboard(keys);
  return (
    <div>
      <p>text</p>
      <button type="button">Play</button>
      <input type="text" aria-label="name" />
      <input type="range" aria-label="position" />
      <div role="radiogroup" aria-label="mode">
        <input type="radio" aria-label="ip" />
      </div>
    </div>
  );
}

const setup = () => {
  const keys = {
    previous: vi.fn(),
    next: vi.fn(),
    togglePlaying: vi.fn(),
    first: vi.fn(),
    last: vi.fn(),
  };
  render(<Harness keys={keys} />);
  return keys;
};

describe('usePlayerKeyboard', () => {
  it('steps with the arrows, plays with Space and jumps with Home and End from the page', () => {
    const keys = setup();
    const body = screen.getByText('text');
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End'])
      fireEvent.keyDown(body, { key });
    expect(keys.next).toHaveBeenCalledOnce();
    expect(keys.previous).toHaveBeenCalledOnce();
    expect(keys.togglePlaying).toHaveBeenCalledOnce();
    expect(keys.first).toHaveBeenCalledOnce();
    expect(keys.last).toHaveBeenCalledOnce();
  });

  it('leaves Space to a focused button, but still steps with the arrows there', () => {
    const keys = setup();
    const button = screen.getByRole('button', { name: 'Play' });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyDown(button, { key: 'ArrowRight' });
    expect(keys.togglePlaying).not.toHaveBeenCalled();
    expect(keys.next).toHaveBeenCalledOnce();
  });

  it('leaves every key to text inputs, and the arrows to sliders and radio groups', () => {
    const keys = setup();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'name' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'name' }), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'position' }), { key: 'End' });
    fireEvent.keyDown(screen.getByRole('radio', { name: 'ip' }), { key: 'ArrowLeft' });
    expect(keys.togglePlaying).not.toHaveBeenCalled();
    expect(keys.next).not.toHaveBeenCalled();
    expect(keys.last).not.toHaveBeenCalled();
    expect(keys.previous).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('slider', { name: 'position' }), { key: ' ' });
    expect(keys.togglePlaying).toHaveBeenCalledOnce();
  });

  it('plays on Space outside controls even when a library marked it handled (React Flow pans on Space)', () => {
    const keys = setup();
    const body = screen.getByText('text');
    body.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
    fireEvent.keyDown(body, { key: ' ' });
    expect(keys.togglePlaying).toHaveBeenCalledOnce();
  });

  it('ignores keys with modifiers and arrows someone already handled', () => {
    const keys = setup();
    const body = screen.getByText('text');
    fireEvent.keyDown(body, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(body, { key: 'ArrowRight', ctrlKey: true });
    body.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
    fireEvent.keyDown(body, { key: 'ArrowRight' });
    expect(keys.next).not.toHaveBeenCalled();
  });
});
