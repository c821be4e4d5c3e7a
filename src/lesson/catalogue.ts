import type { ChapterSpec } from './define-chapter.ts';
import {
  chapterIds,
  isChapterId,
  isTargetMode,
  type ChapterId,
  type TargetMode,
} from './chapters.ts';

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

/** True when the chapter has written steps (the playground has none). */
export const isWritten = (id: ChapterId): boolean => chapterSpec(id).steps.length > 0;

/** The modes a chapter has, and the one it opens in. */
export const modesOf = (id: ChapterId): readonly TargetMode[] => chapterSpec(id).modes;
export const defaultModeOf = (id: ChapterId): TargetMode => chapterSpec(id).defaultMode;

/** The mode to show: the one asked for if the chapter has it, else the chapter's default. */
export function modeFor(id: ChapterId, wanted: unknown): { mode: TargetMode; fellBack: boolean } {
  const spec = chapterSpec(id);
  if (isTargetMode(wanted) && spec.modes.includes(wanted)) return { mode: wanted, fellBack: false };
  return { mode: spec.defaultMode, fellBack: wanted !== null && wanted !== undefined };
}

/** Every spec by id (tests walk it). */
export const chapterSpecs: ReadonlyMap<ChapterId, ChapterSpec> = specs;
