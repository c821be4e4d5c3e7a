import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../i18n/useLocale.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import type { TargetMode } from '../../lesson/chapters.ts';
import { lessonOf, type Lesson } from '../../lesson/lesson.ts';
import { loadProse } from './load-prose.ts';
import { mdxComponents } from './mdx-components.tsx';
import { ProseContext } from './prose-slot.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const locales = ['en', 'ko'] as const;
const twoModes = [...chapterSpecs.values()].filter(
  (spec) => spec.modes.length === 2 && spec.steps.length > 0,
);
const otherMode = (mode: TargetMode): TargetMode => (mode === 'ip' ? 'instance' : 'ip');

/** The visible text of markup (tags dropped, entities the renderer writes decoded, spaces folded). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/**
 * The sentences written for one mode in a chapter's MDX source: the text of its
 * `<Mode only="…">` blocks, as plain sentences (markup and MDX comments removed) of some length,
 * so that a sentence found in the other mode's page is a leak, not a coincidence.
 */
function sentencesFor(source: string, mode: TargetMode): string[] {
  const blocks = [
    ...source.matchAll(new RegExp(`<Mode only="${mode}">([\\s\\S]*?)</Mode>`, 'g')),
  ].map((m) => m[1]!);
  return blocks
    .flatMap((block) =>
      block
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/[`*_]/g, '')
        // One line break inside a paragraph is a space; a blank line ends the paragraph.
        .replace(/\n(?!\n)/g, ' ')
        .split(/(?<=[.:;!?。])\s+|\n{2,}/),
    )
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length >= 30);
}

async function renderStep(lesson: Lesson, id: string, locale: 'en' | 'ko', stepId: string) {
  const module = await loadProse(lesson.chapterId, locale);
  if (!module) throw new Error(`no ${locale}.mdx for ${id}`);
  const Content = module.default;
  return textOf(
    renderToStaticMarkup(
      <LocaleContext value={locale}>
        <ProseContext value={{ slot: { kind: 'step', id: stepId }, lesson }}>
          <Content components={mdxComponents} />
        </ProseContext>
      </LocaleContext>,
    ),
  );
}

describe.each(twoModes.map((spec) => spec.id))('%s, read in each target type', (id) => {
  const spec = chapterSpecs.get(id)!;

  it.each(locales)(
    '%s: no step shows a sentence written for the other mode',
    { timeout: 30_000 },
    async (locale) => {
      const source = readFileSync(join(ROOT, 'content', 'chapters', id, `${locale}.mdx`), 'utf8');
      for (const mode of spec.modes) {
        const lesson = lessonOf(spec, mode);
        if (!lesson.ok) throw new Error(`${id} does not resolve in ${mode}`);
        // A sentence both modes' blocks say (or the shared text says too) is not a leak.
        const own = new Set(sentencesFor(source, mode));
        const shared = source.replace(/<Mode only="[a-z]+">[\s\S]*?<\/Mode>/g, ' ');
        const foreign = sentencesFor(source, otherMode(mode)).filter(
          (sentence) => ![...own].some((o) => o.includes(sentence)) && !shared.includes(sentence),
        );
        const pages = await Promise.all(
          lesson.steps.map((step) => renderStep(lesson, id, locale, step.id)),
        );
        const all = pages.join(' ');
        expect(all.length, `${id} ${locale} ${mode} renders its steps`).toBeGreaterThan(100);
        expect(foreign.length + own.size, `${id} ${locale} has per-mode prose`).toBeGreaterThan(0);
        for (const sentence of foreign)
          expect(all.includes(sentence), `${locale} ${mode} shows "${sentence}"`).toBe(false);
      }
    },
  );
});
