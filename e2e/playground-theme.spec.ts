import { expect, test } from './fixtures/test.ts';

/** A colour as the browser computes it, from its hex form. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

test('the YAML editor takes the dark theme, and follows a switch back to light', async ({
  playground,
  page,
}) => {
  await playground.goto('&theme=dark');
  const editor = page.locator('.pg-editor-host .cm-editor');
  const key = editor.locator('.cm-line span', { hasText: /^apiVersion$/ }).first();
  await expect(editor).toHaveCSS('background-color', rgb('#181e29'));
  await expect(key).toHaveCSS('color', rgb('#86b4ff'));
  await expect(editor.locator('.cm-gutters')).toHaveCSS('background-color', rgb('#1f2735'));

  await page.getByLabel('Theme').selectOption('light');
  await expect(editor).toHaveCSS('background-color', rgb('#ffffff'));
  await expect(key).toHaveCSS('color', rgb('#1d4f9c'));
});
