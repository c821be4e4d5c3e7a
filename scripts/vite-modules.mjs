// Runs `use(load)` with the project's modules loaded as the app sees them (Vite's own resolution,
// so `?raw` YAML imports and import.meta.glob work), then closes Vite. For scripts that print or
// write what the TypeScript sources compute.
import { createServer } from 'vite';

export async function withViteModules(use) {
  const server = await createServer({
    configFile: 'vite.config.ts',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    return await use((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
