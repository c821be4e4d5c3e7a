import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHAPTERS = join(import.meta.dirname, '..', '..', '..', 'content', 'chapters');
const callouts = readdirSync(CHAPTERS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    (['en', 'ko'] as const).flatMap((locale) => {
      let text: string;
      try {
        text = readFileSync(join(CHAPTERS, entry.name, `${locale}.mdx`), 'utf8');
      } catch {
        return [];
      }
      return [...text.matchAll(/<Misconception\b[^>]*>([\s\S]*?)<\/Misconception>/g)].map(
        (match) => [`${entry.name}/${locale}.mdx`, match[1] ?? ''] as const,
      );
    }),
  );

describe('a misconception callout’s prose', () => {
  it('finds the callouts it checks', () => {
    expect(callouts.length).toBeGreaterThan(0);
  });

  // Its figures stack when the column is narrow and sit side by side when it is wide: "left" is
  // wrong in one of the two. "First" (첫 번째) and the ✗ mark are right in both.
  it.each(callouts)('%s names its figures by order or mark, not by side', (_, prose) => {
    expect(prose).not.toMatch(
      /\b(left|right)(-hand)?\s+(picture|diagram|figure|side)|\b(on|to) the (left|right)\b|왼쪽|오른쪽|좌측|우측/i,
    );
  });
});
