import type { ChapterOutline } from './chapter-outline.ts';
import { chapterOutlines } from './chapter-outlines.generated.ts';
import { isTargetMode, type ChapterId, type TargetMode } from './chapters.ts';

/**
 * Every chapter's outline by id: all the page needs before a chapter's own data loads. The page
 * reads chapters through this module; the full specs load per chapter (`load-chapter-spec.ts`)
 * or in the lesson worker (`catalogue.ts`).
 */
const outlines: ReadonlyMap<ChapterId, ChapterOutline> = new Map(
  chapterOutlines.map((outline) => [outline.id, outline]),
);

/** A chapter's outline; every chapter id has one (a test checks). */
export function chapterOutline(id: ChapterId): ChapterOutline {
  const outline = outlines.get(id);
  if (!outline) throw new Error(`no outline for ${id}: run npm run outlines`);
  return outline;
}

/** True when the chapter has written steps (the playground has none). */
export const isWritten = (id: ChapterId): boolean => chapterOutline(id).steps.length > 0;

/** The modes a chapter has, and the one it opens in. */
export const modesOf = (id: ChapterId): readonly TargetMode[] => chapterOutline(id).modes;
export const defaultModeOf = (id: ChapterId): TargetMode => chapterOutline(id).defaultMode;

/** The mode to show: the one asked for if the chapter has it, else the chapter's default. */
export function modeFor(id: ChapterId, wanted: unknown): { mode: TargetMode; fellBack: boolean } {
  const outline = chapterOutline(id);
  if (isTargetMode(wanted) && outline.modes.includes(wanted))
    return { mode: wanted, fellBack: false };
  return { mode: outline.defaultMode, fellBack: wanted !== null && wanted !== undefined };
}
