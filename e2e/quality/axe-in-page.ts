import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core injected once into a page and run there: @axe-core/playwright's AxeBuilder injects it
// again and opens a page for every scan, which over a hundred scans costs minutes on CI. Every
// rule axe enables by default runs (WCAG 2.x A/AA and best-practice), as AxeBuilder runs them.

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** The rules a theme decides; the other theme of a page is scanned with these only. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeInPage {
  run: (
    context: unknown,
    options: unknown,
  ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

/** Puts axe into the page (again after every page load). */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/**
 * axe's violations as `rule: target | target`, on the whole page or under `include` (a CSS
 * selector), with every default rule or only `rules`.
 */
export async function axeViolations(
  page: Page,
  options: { include?: string; rules?: readonly string[] } = {},
): Promise<string[]> {
  return page.evaluate(
    async ({ include, rules }) => {
      const axe = (window as unknown as { axe: AxeInPage }).axe;
      const result = await axe.run(include ? { include: [[include]] } : document, {
        resultTypes: ['violations'],
        ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
    },
    { include: options.include ?? null, rules: options.rules ?? null },
  );
}

/** Puts `query` in the address and tells the app, as the back and forward buttons do. */
export async function goInPage(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.replaceState(history.state, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}
