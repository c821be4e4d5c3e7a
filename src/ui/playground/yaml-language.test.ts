import { readFileSync } from 'node:fs';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { Text } from '@codemirror/state';
import { classHighlighter, highlightTree } from '@lezer/highlight';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../lesson/playground/nesting.ts';
import { MAX_PARSED_CHARS, parsesSafely } from './yaml-language.ts';

const doc = (text: string) => Text.of(text.split('\n'));
const brackets = (n: number) => `a: ${'['.repeat(n)}`;

/** What CodeMirror does when its time budget runs out: stop the parse, build the partial tree, highlight it. */
function partialParse(text: string, stopAt: number) {
  const parse = yamlLanguage.parser.startParse(text);
  parse.stopAt(stopAt);
  let tree = parse.advance();
  while (!tree) tree = parse.advance();
  highlightTree(tree, classHighlighter, () => {});
}

describe('what the editor lets its YAML parser read', () => {
  it('reads real manifests', () => {
    const app = readFileSync(
      new URL('../../../content/playground/app-ip.yaml', import.meta.url),
      'utf8',
    );
    expect(parsesSafely(doc(app))).toBe(true);
  });

  it('shows 20,000 open brackets as plain text', () => {
    // A stopped parse of them recursed past the main thread's stack, intermittently (where the
    // parse stops depends on the time budget, so on the load): e2e/playground-hostile.spec.ts.
    expect(parsesSafely(doc(brackets(20_000)))).toBe(false);
  });

  it('parses up to the depth the simulator reads, and a stopped parse of that is safe', () => {
    expect(parsesSafely(doc(brackets(MAX_DEPTH)))).toBe(true);
    expect(parsesSafely(doc(brackets(MAX_DEPTH + 1)))).toBe(false);
    for (const stop of [10, MAX_DEPTH / 2, MAX_DEPTH])
      expect(() => partialParse(brackets(MAX_DEPTH), stop)).not.toThrow();
  });

  it('shows a text longer than the cap as plain text', () => {
    expect(parsesSafely(doc(`# ${'x'.repeat(MAX_PARSED_CHARS)}\n`))).toBe(false);
  });
});
