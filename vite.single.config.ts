import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { baseConfig } from './vite.config.ts';
import { inlineWorkers } from './scripts/vite-plugin-inline-workers.ts';
import { firstLesson } from './scripts/vite-plugin-first-lesson.ts';

// One self-contained dist-single/index.html that also works opened from file:// (its workers
// inlined as classic scripts: from file:// a worker can start only from a blob: or data: URL,
// and Chromium refuses a module worker from a blob: URL there).
export default defineConfig(
  mergeConfig(baseConfig, {
    // No first-lesson file beside a single file: its lessons all come from the (inlined) worker.
    plugins: [inlineWorkers(), viteSingleFile(), firstLesson({ emit: false })],
    worker: { format: 'iife' },
    build: { outDir: 'dist-single' },
  }),
);
