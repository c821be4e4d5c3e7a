import { expect, test } from './fixtures/test.ts';

const mine = `# my own manifests, typed by hand
apiVersion: v1
kind: Namespace
metadata:
  name: mine
`;

test('opening a lab replaces the manifests with an Undo that brings the reader’s back, after a reload too', async ({
  playground,
  page,
}) => {
  await playground.goto();
  await playground.replaceText(mine);
  await playground.settled();
  await page.getByRole('button', { name: /^Lab 2: / }).click();
  await playground.settled();
  const notice = page.getByTestId('playground-replaced');
  await expect(notice).toContainText('Lab 2 replaced your manifests');
  await expect.poll(() => playground.visibleText()).not.toContain('my own manifests');

  // The replaced work is kept in storage: a reload still offers it.
  await page.reload();
  await playground.editor().waitFor();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await playground.settled();
  await expect.poll(() => playground.visibleText()).toContain('# my own manifests, typed by hand');
  await expect(notice).toHaveCount(0);
  await expect.poll(() => playground.storedText()).toBe(mine);
});
