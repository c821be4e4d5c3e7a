import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { baseConfig } from './vite.config.ts';

// One self-contained dist-single/index.html that also works opened from file://.
export default defineConfig(
  mergeConfig(baseConfig, { plugins: [viteSingleFile()], build: { outDir: 'dist-single' } }),
);
