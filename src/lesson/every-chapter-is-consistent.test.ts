import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../scene/build-scene.ts';
import { timelineScenes } from '../scene/timeline-scene.ts';
import { chapterIds, targetModes } from './chapters.ts';
import { lessonOf } from './lesson.ts';
import { chapterSpecs } from './catalogue.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const written = chapterIds.filter((id) => id !== 'playground');
const mdx = (id: string, locale: 'en' | 'ko') =>
  readFileSync(join(ROOT, 'content', 'chapters', id, `${locale}.mdx`), 'utf8');
const idsOf = (text: string, tag: string) =>
  [...text.matchAll(new RegExp(`<${tag}\\s+id="([^"]+)"`, 'g'))].map((m) => m[1]);
const attrsOf = (text: string, tag: string, attr: string) =>
  [...text.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!);

const glossaryIds = new Set(
  Object.values(
    import.meta.glob<{ default: Record<string, unknown> }>(
      ['../../content/glossary/*.ts', '!../../content/glossary/define-term.ts'],
      { eager: true },
    ),
  ).flatMap((m) => Object.keys(m.default)),
);
const diagramFiles = Object.keys(import.meta.glob('../../content/diagrams/*.mmd')).map(
  (p) => /([^/]+)\.mmd$/.exec(p)![1]!,
);
const diagramExists = (name: string, locale: string) =>
  diagramFiles.includes(`${name}.${locale}`) || diagramFiles.includes(name);

describe.each(written)('chapter %s', (id) => {
  const spec = chapterSpecs.get(id);

  it('has a chapter.ts, and 6–14 steps and 2–4 questions with unique ids', () => {
    expect(spec, `content/chapters/${id}/chapter.ts`).toBeDefined();
    const steps = spec!.steps.map((s) => s.id);
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(14);
    expect(new Set(steps).size).toBe(steps.length);
    expect(spec!.quiz.length).toBeGreaterThanOrEqual(2);
    expect(spec!.quiz.length).toBeLessThanOrEqual(4);
    for (const q of spec!.quiz) if (q.kind === 'choice') expect(q.options).toContain(q.answer);
  });

  it.each(['en', 'ko'] as const)(
    '%s.mdx defines exactly the steps and questions of chapter.ts',
    (locale) => {
      const text = mdx(id, locale);
      expect(idsOf(text, 'Step')).toEqual(spec!.steps.map((s) => s.id));
      expect(idsOf(text, 'Question')).toEqual(spec!.quiz.map((q) => q.id));
      expect(text).toMatch(/^---\n(?:.*\n)*?title: .+\n(?:.*\n)*?summary: .+\n(?:.*\n)*?---/);
      for (const term of attrsOf(text, 'Term', 'id')) expect(glossaryIds, term).toContain(term);
      for (const attr of ['diagram', 'original', 'corrected', 'asWritten'])
        for (const name of [
          ...attrsOf(text, 'Mermaid', attr),
          ...attrsOf(text, 'Misconception', attr),
        ])
          expect(diagramExists(name, locale), `${attr}=${name}`).toBe(true);
      for (const variant of attrsOf(text, 'SimFigure', 'variant'))
        expect(['main', ...Object.keys(spec!.variants ?? {})]).toContain(variant);
    },
  );

  it.each(['en', 'ko'] as const)(
    'every choice question in %s.mdx has its options and an explanation',
    (locale) => {
      const text = mdx(id, locale);
      for (const q of spec!.quiz) {
        const block = new RegExp(`<Question\\s+id="${q.id}">([\\s\\S]*?)</Question>`).exec(
          text,
        )?.[1];
        expect(block, q.id).toBeDefined();
        if (q.kind !== 'choice') continue;
        expect(idsOf(block!, 'Option')).toEqual([...q.options]);
        expect(block).toContain('<Explain>');
      }
    },
  );

  it.each(targetModes)(
    'reconciles without unexpected errors and resolves every step in %s mode',
    (mode) => {
      if (!spec!.modes.includes(mode)) return;
      const lesson = lessonOf(spec!, mode);
      expect(lesson.ok ? [] : lesson.failed ? lesson.failed.errors : lesson.missing).toEqual([]);
      if (!lesson.ok) return;
      for (const [name, run] of Object.entries(lesson.runs)) {
        expect(run.plan.errors, `run ${name}`).toEqual([]);
      }
      for (const step of lesson.steps) expect(step.parts.length, step.id).toBeGreaterThan(0);
    },
  );

  it.each(targetModes)(
    'every id a step focuses (or leaves unmarked) exists in its scene in %s mode',
    (mode) => {
      if (!spec!.modes.includes(mode)) return;
      const lesson = lessonOf(spec!, mode);
      if (!lesson.ok) throw new Error(`${id} does not resolve in ${mode}`);
      for (const step of lesson.steps) {
        const run = lesson.runs[step.variant]!;
        const ids = new Set(
          timelineScenes(run.sceneInput, run.events).universe.nodes.map((n) => n.id),
        );
        for (const focus of [...step.focus, ...(step.unmarked ?? [])])
          expect(ids, `${step.id}: ${focus}`).toContain(focus);
        // The camera's element is one of the step's focus, so it is ringed where the camera stands.
        if (step.camera !== undefined) expect(step.focus, step.id).toContain(step.camera);
      }
    },
  );
});

describe('every chapter', () => {
  it('has one spec per chapter id (the playground too, with no steps) and no stray folders', () => {
    for (const id of chapterIds)
      expect(existsSync(join(ROOT, 'content', 'chapters', id, 'chapter.ts'))).toBe(true);
    expect([...chapterSpecs.keys()].sort()).toEqual([...chapterIds].sort());
    expect(chapterSpecs.get('playground')?.steps).toEqual([]);
    for (const id of written) expect(chapterSpecs.get(id)!.steps.length).toBeGreaterThan(0);
  });

  it('is written in both languages; the playground has no prose of its own', () => {
    for (const id of written)
      for (const locale of ['en', 'ko'] as const)
        expect(
          existsSync(join(ROOT, 'content', 'chapters', id, `${locale}.mdx`)),
          `${id}/${locale}.mdx`,
        ).toBe(true);
    // The playground's page is the editor and its panels: every word of it is a UI string in
    // src/i18n/playground-messages.{en,ko}.ts, which the message parity test checks.
    for (const locale of ['en', 'ko'] as const)
      expect(existsSync(join(ROOT, 'content', 'chapters', 'playground', `${locale}.mdx`))).toBe(
        false,
      );
  });

  it('offers only the modes it declares, and opens in one of them', () => {
    for (const [id, spec] of chapterSpecs) {
      expect(spec.modes.length, id).toBeGreaterThan(0);
      expect(spec.modes, id).toContain(spec.defaultMode);
    }
  });

  it('draws a scene for the main run in every mode (the diagram never starts empty)', () => {
    for (const [id, spec] of chapterSpecs)
      for (const mode of spec.modes) {
        const lesson = lessonOf(spec, mode);
        if (!lesson.ok) throw new Error(`${id} ${mode}`);
        expect(buildScene(lesson.runs.main!.sceneInput).nodes.length).toBeGreaterThan(3);
      }
  });
});
