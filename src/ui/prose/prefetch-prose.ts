import { chapterIds } from '../../lesson/chapters.ts';
import type { Locale } from '../../i18n/locales.ts';
import { loadFigures } from '../mermaid/load-figures.ts';
import { loadProse } from './load-prose.ts';

type Idle = (callback: () => void) => () => void;

/** Runs `callback` when the browser is idle (or soon, where it cannot say); returns a cancel. */
const whenIdle: Idle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 5_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 200);
  return () => window.clearTimeout(handle);
};

/**
 * Loads every chapter's prose in the reader's language once the page is idle, with the pictures of
 * its diagrams in the page's theme (`dark`), so that a chapter never opened still opens after the
 * network is gone, its figures drawn (each chapter's text and each picture is a small chunk of its
 * own, fetched on first use). Loads are cached: what is fetched here is not fetched again when
 * the chapter opens. `done` is called once every chapter has been tried (a failed fetch is left
 * for the chapter to report when it opens). Returns a function that stops it.
 */
export function prefetchProse(
  locale: Locale,
  done: () => void = () => {},
  idle: Idle = whenIdle,
  dark = false,
): () => void {
  let stopped = false;
  const cancel = idle(() => {
    void Promise.allSettled([
      ...chapterIds.map((id) => loadProse(id, locale)),
      loadFigures().then((m) => m.prefetchFigures(locale, dark)),
    ]).then(() => {
      if (!stopped) done();
    });
  });
  return () => {
    stopped = true;
    cancel();
  };
}
