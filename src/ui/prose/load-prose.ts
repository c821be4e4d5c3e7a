import type { ComponentType } from 'react';
import type { ChapterId } from '../../lesson/chapters.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface ProseModule {
  default: ComponentType<{ components?: Record<string, unknown> }>;
  /** `title` and `summary`, and per-mode overrides (`ipTitle`, `ipSummary`, `instanceTitle`…). */
  frontmatter?: {
    title?: string;
    summary?: string;
    instanceTitle?: string;
    instanceSummary?: string;
    ipTitle?: string;
    ipSummary?: string;
  };
}

const loaders = import.meta.glob<ProseModule>('../../../content/chapters/*/*.mdx');

const cache = new Map<string, Promise<ProseModule | null>>();

/** The chapter's prose in one language (compiled MDX, loaded when first needed), or null. */
export function loadProse(chapterId: ChapterId, locale: Locale): Promise<ProseModule | null> {
  const key = `${chapterId}/${locale}`;
  let promise = cache.get(key);
  if (!promise) {
    const loader = loaders[`../../../content/chapters/${chapterId}/${locale}.mdx`];
    promise = loader ? loader() : Promise.resolve(null);
    cache.set(key, promise);
    // A failed fetch (offline, a deploy in between) is tried again the next time it is asked for.
    promise.catch(() => cache.delete(key));
  }
  return promise;
}
