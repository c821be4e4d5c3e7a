import type { Plugin } from 'vite';

export interface OEmbedOptions {
  title: string;
  providerName: string;
  width: number;
  height: number;
}

/**
 * Makes `oembed.json` at build time (a rich oEmbed response for the compact player) and links it
 * from the page for discovery. Every URL in it is relative to where the site is hosted, so the
 * same build works under any sub-path and on any static host.
 */
export function oembed(options: OEmbedOptions): Plugin {
  const html = `<iframe src="./?embed=1" title="${options.title.replace(/"/g, '&quot;')}" width="${options.width}" height="${options.height}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`;
  const response = {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: './',
    html,
    width: options.width,
    height: options.height,
  };
  return {
    name: 'lbc-oembed',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: {
          rel: 'alternate',
          type: 'application/json+oembed',
          href: './oembed.json',
          title: options.title,
        },
        injectTo: 'head',
      },
    ],
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: `${JSON.stringify(response, null, 2)}\n`,
      });
    },
  };
}
