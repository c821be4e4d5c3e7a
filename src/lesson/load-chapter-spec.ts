import type { ChapterId } from './chapters.ts';
import type { ChapterSpec } from './define-chapter.ts';

const loaders = import.meta.glob<{ default: ChapterSpec }>('../../content/chapters/*/chapter.ts');

const loaded = new Map<ChapterId, Promise<ChapterSpec>>();

/**
 * A chapter's full spec (scenario, step queries, quiz), fetched with the chapter rather than with
 * the page; one promise per chapter, so `use()` can wait on it.
 */
export function loadChapterSpec(id: ChapterId): Promise<ChapterSpec> {
  let promise = loaded.get(id);
  if (!promise) {
    const load = loaders[`../../content/chapters/${id}/chapter.ts`];
    promise = load
      ? load().then((module) => module.default)
      : Promise.reject(new Error(`no content/chapters/${id}/chapter.ts`));
    loaded.set(id, promise);
  }
  return promise;
}
