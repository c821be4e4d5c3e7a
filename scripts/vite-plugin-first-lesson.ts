import { createHash } from 'node:crypto';
import type { Plugin, ResolvedConfig } from 'vite';
import { withViteModules } from './vite-modules.mjs';

const ID = 'virtual:first-lesson';
const RESOLVED = `\0${ID}`;

/**
 * The first chapter's lesson in its default mode, computed at build time by the same code the
 * lesson worker runs (src/lesson/page-lesson.ts) and shipped as `assets/first-lesson-<hash>.json`.
 * A first visit draws its diagram from it instead of waiting for the worker to load the
 * simulator and run it; every other lesson still comes from the worker. `virtual:first-lesson`
 * tells the page its key and address (null in development, in tests and in the single-file build).
 */
export function firstLesson({ emit = true }: { emit?: boolean } = {}): Plugin {
  let config: ResolvedConfig;
  let built: { key: string; file: string; text: string } | null = null;
  return {
    name: 'lbc-first-lesson',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (!emit || config.command !== 'build' || config.build.ssr) return;
      built = await withViteModules(async (load) => {
        const { chapterIds } = await load('/src/lesson/chapters.ts');
        const { defaultModeOf } = await load('/src/lesson/outlines.ts');
        const { pageLesson } = await load('/src/lesson/page-lesson.ts');
        const { encodeShared } = await load('/src/lesson/shared-json.ts');
        const { lessonKey } = await load('/src/state/lesson-source.ts');
        const chapterId = chapterIds[0];
        const request = { chapterId, mode: defaultModeOf(chapterId) };
        const text = encodeShared(pageLesson(request));
        const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
        return { key: lessonKey(request), file: `first-lesson-${hash}.json`, text };
      });
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (!built) return 'export const firstLesson = null;';
      // Beside the page's chunks in assets/; a variable, so Vite leaves the URL to the browser.
      return [
        `const file = ${JSON.stringify(built.file)};`,
        `export const firstLesson = { key: ${JSON.stringify(built.key)}, url: () => new URL(file, import.meta.url).href };`,
      ].join('\n');
    },
    generateBundle() {
      if (built)
        this.emitFile({ type: 'asset', fileName: `assets/${built.file}`, source: built.text });
    },
  };
}
