import type { Plugin } from 'vite';

const WORKER =
  /new Worker\(\s*new URL\(\s*(['"])([^'"]+\.worker\.ts)\1,\s*import\.meta\.url\s*\),\s*\{\s*type:\s*'module',?\s*\}\s*\)/g;

/**
 * For the single-file build: a page opened from file:// cannot start a worker from another file
 * (its origin is null), so every `new Worker(new URL('./x.worker.ts', import.meta.url), …)` is
 * rewritten to Vite's inline worker (`?worker&inline`), which carries the worker's code in the
 * page and starts it from a blob: or data: URL.
 */
export function inlineWorkers(): Plugin {
  return {
    name: 'lbc-inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.tsx?$/.test(id) || !code.includes('new Worker('))
        return null;
      const imports: string[] = [];
      const rewritten = code.replace(WORKER, (_whole, _quote: string, path: string) => {
        const name = `__InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      if (imports.length === 0) return null;
      return { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}
