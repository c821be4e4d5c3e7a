import type { Page } from '@playwright/test';

/** What the browser reported while a quality test ran: CSP violations, errors, foreign requests. */
export interface Watched {
  violations: string[];
  cspConsole: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
}

/**
 * Records, on every page the test opens (iframes and navigations included), the
 * `securitypolicyviolation` events, console messages about the policy, console errors, uncaught
 * errors and rejections, dialogs (dismissed) and every request's URL.
 */
export async function watch(page: Page): Promise<Watched> {
  const w: Watched = {
    violations: [],
    cspConsole: [],
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    requests: [],
  };
  await page.exposeFunction('__qaViolation', (text: string) => w.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __qaViolation?: (t: string) => void }).__qaViolation;
      report?.(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(text)) w.cspConsole.push(text);
    if (message.type() === 'error') w.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => w.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    w.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => w.requests.push(request.url()));
  return w;
}

/** The request URLs whose origin is not `origin` (data: and blob: URLs belong to the page). */
export function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}

/** A web-font file: a glyph subset no page has used yet may fail offline (a fallback draws it). */
export const isFont = (url: string) => /\.woff2?$/.test(url);

/**
 * The page's uncaught errors and console errors from now on, except a font that failed to load
 * (for tests that cut the network, in place of the shared fixture's stricter watch).
 */
export function errorsExceptFonts(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isFont(message.location().url))
      errors.push(`console error: ${message.text()} ${message.location().url}`);
  });
  return errors;
}
