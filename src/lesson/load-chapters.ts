import type { ChapterSpec } from './define-chapter.ts';
import { isChapterId, type ChapterId } from './chapters.ts';

const modules = import.meta.glob<{ default: ChapterSpec }>('../../content/chapters/*/chapter.ts', {
  eager: true,
});

/** Every authored chapter, by id (the playground has no chapter.ts: it is the reader's scenario). */
export const chapterSpecs: ReadonlyMap<ChapterId, ChapterSpec> = new Map(
  Object.entries(modules).flatMap(([path, module]) => {
    const folder = /chapters\/([^/]+)\/chapter\.ts$/.exec(path)?.[1];
    const spec = module.default;
    if (!isChapterId(folder) || spec.id !== folder)
      throw new Error(`${path}: the folder and the chapter id must be the same`);
    return [[folder, spec] as const];
  }),
);

export const chapterSpec = (id: ChapterId): ChapterSpec | null => chapterSpecs.get(id) ?? null;
