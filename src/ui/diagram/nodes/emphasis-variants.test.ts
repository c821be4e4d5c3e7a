import { describe, expect, it } from 'vitest';
import { motionClassOf } from './emphasis-variants.ts';

const classes = (s: string) => s.trim().split(/\s+/).filter(Boolean);

describe('motionClassOf', () => {
  it('pings an emphasised card and only fades in the others', () => {
    expect(classes(motionClassOf('on', false))).toContain('dg-m-pulse');
    expect(classes(motionClassOf('none', false))).not.toContain('dg-m-pulse');
  });

  it('keeps the fade-in first in every state, so a ping or an exit never restarts it', () => {
    for (const exiting of [false, true])
      for (const emphasis of ['on', 'none'] as const)
        expect(classes(motionClassOf(emphasis, false, exiting))[0]).toBe('dg-m-enter');
  });

  it('fades a departing card out instead of pinging it', () => {
    const exiting = classes(motionClassOf('on', false, true));
    expect(exiting).toContain('dg-m-exit');
    expect(exiting).not.toContain('dg-m-pulse');
  });

  it('animates nothing under reduced motion', () => {
    for (const exiting of [false, true])
      for (const emphasis of ['on', 'none'] as const)
        expect(motionClassOf(emphasis, true, exiting)).toBe('');
  });
});
