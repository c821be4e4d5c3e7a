import type { Plugin } from 'vite';

/**
 * Preloads the web font files every page draws its first words with (Noto Sans KR's Latin slice,
 * regular and bold), from the built page's `<head>`: they then arrive with the page's script, not
 * after its styles have been applied, and the text does not reflow (and move the diagram) when
 * they come in. `files` match the emitted assets' names, hash and all.
 */
export function fontPreload(files: readonly RegExp[]): Plugin {
  return {
    name: 'lbc-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const assets = Object.keys(context.bundle ?? {});
        return files.flatMap((pattern) =>
          assets
            .filter((name) => pattern.test(name))
            .map((name) => ({
              tag: 'link',
              attrs: {
                rel: 'preload',
                as: 'font',
                type: 'font/woff2',
                href: `./${name}`,
                crossorigin: '',
              },
              injectTo: 'head' as const,
            })),
        );
      },
    },
  };
}
