import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A dimmed card (it plays no part at this moment) still reads at WCAG AA (4.5:1) in both themes:
 * its grey text and its badges' words on the dimmed box. It is dimmed by its box, border and
 * icon, not by fading its text (the wrapper's opacity 0.55 once left it at 3.6:1 in the dark).
 */
const here = import.meta.dirname;
const theme = readFileSync(join(here, 'diagram-theme.css'), 'utf8');
const diagram = readFileSync(join(here, 'diagram.css'), 'utf8');

/** The custom properties of the first rule whose selector is `selector`. */
function variables(selector: string): Map<string, string> {
  const start = theme.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} rule`);
  const body = theme.slice(start, theme.indexOf('}', start));
  return new Map(
    [...body.matchAll(/(--dg-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([
  ['light', ':root'],
  ['dark', ":root[data-theme='dark']"],
])('a dimmed card in the %s theme', (_name, selector) => {
  const own = variables(selector);
  const light = variables(':root');
  const colour = (name: string) => own.get(name) ?? light.get(name)!;

  it('has text and badge words at 4.5:1 or more on its box', () => {
    const box = colour('--dg-dim-surface');
    for (const text of [
      '--dg-dim-text',
      '--dg-ok-text',
      '--dg-warn-text',
      '--dg-bad-text',
      '--dg-neutral-text',
    ])
      expect(contrast(colour(text), box), `${text} on --dg-dim-surface`).toBeGreaterThanOrEqual(
        4.5,
      );
  });

  it('still looks dimmed: its text is paler than an active card’s', () => {
    expect(contrast(colour('--dg-dim-text'), colour('--dg-dim-surface'))).toBeLessThan(
      contrast(colour('--dg-text'), colour('--dg-surface')),
    );
  });
});

it('dims cards by their colours, not by fading the whole card', () => {
  const rules = [...diagram.matchAll(/([^{}]*is-dimmed[^{}]*)\{([^}]*)\}/g)];
  expect(rules.length).toBeGreaterThan(0);
  for (const [, selector, body] of rules)
    if (!/\.dg-icon\s*$/.test(selector!.trim()))
      expect(body, `${selector!.trim()} fades its text`).not.toMatch(/opacity/);
  expect(diagram).toMatch(/is-dimmed \.dg-card \{[^}]*--dg-text: var\(--dg-dim-text\)/);
});
