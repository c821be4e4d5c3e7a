import type { ChapterSpec } from './define-chapter.ts';
import { chapterIds, isChapterId, type ChapterId } from './chapters.ts';

const modules = import.meta.glob<{ default: ChapterSpec }>('../../content/chapters/*/chapter.ts', {
  eager: true,
});

/** Every chapter's spec, by id: the one catalogue (the playground is a spec with no steps). */
const specs: ReadonlyMap<ChapterId, ChapterSpec> = new Map(
  Object.entries(modules).flatMap(([path, module]) => {
    const folder = /chapters\/([^/]+)\/chapter\.ts$/.exec(path)?.[1];
    const spec = module.default;
    if (!isChapterId(folder) || spec.id !== folder)
      throw new Error(`${path}: the folder and the chapter id must be a chapter id and the same`);
    return [[folder, spec] as const];
  }),
);

/** The chapters in reading order. */
export const chapterCatalogue: readonly ChapterSpec[] = chapterIds.flatMap((id) => {
  const spec = specs.get(id);
  return spec ? [spec] : [];
});

/** A chapter's spec; every id in `chapterIds` has one (a test checks). */
export function chapterSpec(id: ChapterId): ChapterSpec {
  const spec = specs.get(id);
  if (!spec) throw new Error(`no content/chapters/${id}/chapter.ts`);
  return spec;
}

export { defaultModeOf, isWritten, modeFor, modesOf } from './outlines.ts';

/** Every spec by id (tests walk it). */
export const chapterSpecs: ReadonlyMap<ChapterId, ChapterSpec> = specs;
