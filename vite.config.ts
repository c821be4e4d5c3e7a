/// <reference types="vitest/config" />
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { oembed } from './scripts/vite-plugin-oembed.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { firstLesson } from './scripts/vite-plugin-first-lesson.ts';
import { fontPreload } from './scripts/vite-plugin-font-preload.ts';

// Shared by the normal build (vite.config.ts) and the single-file build (vite.single.config.ts).
export const baseConfig: UserConfig = {
  // Relative asset URLs, so the build works when hosted under any sub-path.
  base: './',
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter],
        providerImportSource: '@mdx-js/react',
      }),
    },
    react({ include: /\.(jsx|js|mdx|md|tsx|ts)$/ }),
    // oembed.json (made at build time) and its discovery link; public/embed.js is copied as is.
    oembed({
      title: 'AWS Load Balancer Controller, explained',
      providerName: 'AWS Load Balancer Controller, explained',
      width: 760,
      height: 520,
    }),
  ],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Pure modules run in node; a component test opts into jsdom with
    // `// @vitest-environment jsdom` at its top.
    environment: 'node',
    // Property tests and whole-chapter checks run the simulator many times; on a busy 2-core
    // machine they take seconds. A generous limit keeps them from failing on load, not on logic.
    testTimeout: 60_000,
    setupFiles: ['src/test-support/fast-check-seed.ts', 'src/test-support/messages.ts'],
  },
};

// The normal build carries a strict Content-Security-Policy; the single-file build (which inlines
// its scripts) does not.
export default defineConfig({
  ...baseConfig,
  plugins: [
    ...(baseConfig.plugins ?? []),
    contentSecurityPolicy(),
    firstLesson(),
    // The first words are drawn in these: no reflow when they arrive (layout shift at load).
    fontPreload([/noto-sans-kr-latin-(400|700)-normal-[\w-]+\.woff2$/]),
  ],
  // .vite/manifest.json: which chunks each page loads first (scripts/check-budget.mjs reads it).
  build: { manifest: true },
});
