import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { ko } from './messages.ko.ts';

/** The contents list a chapter under the title its prose carries (issue #13, "Language"). */
const chapters = join(import.meta.dirname, '..', '..', 'content', 'chapters');
const written = readdirSync(chapters).filter((id) => existsSync(join(chapters, id, 'en.mdx')));

/** A frontmatter field of a chapter's prose, without YAML quotes. */
function frontmatter(id: string, locale: 'en' | 'ko', field: string): string | undefined {
  const text = readFileSync(join(chapters, id, `${locale}.mdx`), 'utf8');
  const head = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const value = new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(head)?.[1]?.trim();
  return value?.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
}

describe('chapter titles', () => {
  it('covers the written chapters', () => {
    expect(written.length).toBeGreaterThanOrEqual(7);
  });

  it.each(written)('%s: the contents and the prose use the same title in each language', (id) => {
    const key = `chapter.title.${id}` as keyof typeof en;
    expect(en[key], `${id} en`).toBe(frontmatter(id, 'en', 'title'));
    expect(ko[key], `${id} ko`).toBe(frontmatter(id, 'ko', 'title'));
  });

  it.each(written)('%s: a per-mode title exists in both languages or in neither', (id) => {
    for (const field of ['instanceTitle', 'ipTitle', 'instanceSummary', 'ipSummary'])
      expect(frontmatter(id, 'en', field) === undefined, `${id} ${field}`).toBe(
        frontmatter(id, 'ko', field) === undefined,
      );
  });
});
