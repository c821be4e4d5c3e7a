// Types for vite-modules.mjs, which stays JavaScript so `node scripts/*.mjs` can import it.
import type { ViteDevServer } from 'vite';

/** Loads one of the project's modules by its path from the root (`/src/…`), as the app sees it. */
export type LoadModule = (path: string) => ReturnType<ViteDevServer['ssrLoadModule']>;

export function withViteModules<T>(use: (load: LoadModule) => Promise<T> | T): Promise<T>;
