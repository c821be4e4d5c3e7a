import type { Locale } from '../../i18n/locales.ts';
import { diagramFile, diagramFiles, diagramNames } from './diagram-sources.ts';
import type { MermaidResult } from './render-mermaid.ts';
import { renderedFigures } from './rendered-figures.generated.ts';
import { sourceHash } from './source-hash.ts';

// Each picture is a small chunk of its own, fetched the first time it is shown (or prefetched).
const svgs = import.meta.glob<string>('./rendered/*.svg', { query: '?raw', import: 'default' });

const cache = new Map<string, Promise<MermaidResult>>();

/**
 * The picture `npm run figures` drew of a diagram's source file (`setup-corrected.ko`) in one
 * theme, loaded once; or null when there is none for this very text (a diagram new or changed
 * since then: the caller draws it with mermaid instead). A source that does not parse gives
 * mermaid's message, as drawing it would. A failed fetch rejects, and is tried again next time.
 */
export function renderedFigure(
  file: string,
  code: string,
  dark: boolean,
): Promise<MermaidResult> | null {
  const entry = renderedFigures[file];
  if (!entry || entry.hash !== sourceHash(code)) return null;
  if (entry.error !== undefined) return Promise.resolve({ ok: false, error: entry.error });
  const key = `./rendered/${file}.${dark ? 'dark' : 'light'}.svg`;
  const load = svgs[key];
  if (!load) return null;
  let result = cache.get(key);
  if (!result) {
    result = load().then((svg): MermaidResult => ({ ok: true, svg }));
    cache.set(key, result);
    result.catch(() => cache.delete(key));
  }
  return result;
}

/**
 * Fetches the picture of every diagram in the reader's language and theme, so that a chapter's
 * figures appear offline too. Settles once each has been tried.
 */
export function prefetchFigures(locale: Locale, dark: boolean): Promise<unknown> {
  return Promise.allSettled(
    diagramNames.map((name) => {
      const file = diagramFile(name, locale);
      const code = file === null ? undefined : diagramFiles.get(file);
      return file === null || code === undefined ? null : renderedFigure(file, code, dark);
    }),
  );
}
