import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy. Scripts, workers and requests come only from the page's own
 * origin: no inline scripts, no eval. Styles allow `'unsafe-inline'`: Mermaid's SVG (the prose's
 * callouts) carries a `<style>` element and style attributes and is inserted as markup, and the
 * diagram's markup has style attributes too; without it a run of e2e/quality-csp.spec.ts counted
 * 338 violations (style-src-elem and style-src-attr) and the callouts lost their look. Styles
 * cannot run code, so this keeps the policy's point. Pictures may be
 * `data:` and `blob:` URLs (the exports' previews and downloads). `frame-ancestors` cannot be set
 * from a `<meta>` (browsers ignore it there and say so in the console): hosts send it as a header
 * (README, "Quality").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into the built `index.html` as `<meta http-equiv>`, first in `<head>`. Only for
 * `vite build`: the dev server injects inline scripts (React's refresh preamble), and the
 * single-file build inlines every script, so neither could run under it.
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'lbc-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
