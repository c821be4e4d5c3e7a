import { describe, expect, it } from 'vitest';
import { chapterCatalogue } from './catalogue.ts';
import { outlineOf } from './chapter-outline.ts';
import { chapterOutlines } from './chapter-outlines.generated.ts';
import { chapterIds } from './chapters.ts';
import { loadChapterSpec } from './load-chapter-spec.ts';
import { chapterOutline, modeFor } from './outlines.ts';

describe('chapter outlines (what the page knows before a chapter loads)', () => {
  it('agree with every chapter.ts — when this fails, run `npm run outlines`', () => {
    expect(chapterOutlines).toEqual(chapterCatalogue.map(outlineOf));
  });

  it('exist for every chapter id, in reading order', () => {
    expect(chapterOutlines.map((o) => o.id)).toEqual([...chapterIds]);
    for (const id of chapterIds) expect(chapterOutline(id).id).toBe(id);
  });

  it('pick the mode asked for only where the chapter has it', () => {
    expect(modeFor('ip-mode', 'instance')).toEqual({ mode: 'instance', fellBack: false });
    expect(modeFor('without-controller', 'ip')).toEqual({ mode: 'instance', fellBack: true });
    expect(modeFor('change-over-time', null)).toEqual({ mode: 'ip', fellBack: false });
  });
});

describe('loadChapterSpec', () => {
  it('loads the same spec the catalogue holds, once per chapter', async () => {
    const first = loadChapterSpec('irsa');
    expect(loadChapterSpec('irsa')).toBe(first);
    expect(await first).toBe(chapterCatalogue.find((spec) => spec.id === 'irsa'));
  });
});
