import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium (apt-get install chromium); Playwright's own browser downloads are not
// reachable from these machines. Elsewhere, fall back to Playwright's default browser.
const debianChromium = '/usr/bin/chromium';
const baseURL = 'http://127.0.0.1:4173/';

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two workers (one per core on CI's 2-core machine): files run side by side, the tests in a
  // file in order. One worker took about half an hour on a busy machine.
  workers: 2,
  // A test that walks many steps, runs axe or takes full-page photographs needs more than the
  // default 30 s beside another worker on 2 cores; expectations keep their own 5 s.
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Serves the production build in dist/ (run `npm run build` first; `npm test` does).
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
