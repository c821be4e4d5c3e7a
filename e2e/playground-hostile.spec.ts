import { expect, test } from './fixtures/test.ts';

const hostileName = '<img src=x onerror="window.__pwned=1">';
const hostile = `apiVersion: v1
kind: Service
metadata:
  name: "${hostileName.replace(/"/g, '\\"')}"
  namespace: default
  annotations:
    alb.ingress.kubernetes.io/x: "<script>window.__pwned=2</script>"
spec:
  type: NodePort
  selector: { app: web }
  ports: [{ port: 80 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: "<script>window.__pwned=3</script>"
  namespace: default
  annotations:
    alb.ingress.kubernetes.io/<img src=x onerror=alert(1)>: "1"
spec:
  ingressClassName: alb
  defaultBackend:
    service: { name: "${hostileName.replace(/"/g, '\\"')}", port: { number: 80 } }
`;

const aliasBomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
kind: Pod
apiVersion: v1
`;

test.describe('the playground with hostile input', () => {
  // Once, in one of four CI runs, a page error "Maximum call stack size exceeded" followed the
  // deep nesting and the alias bomb; it did not reproduce in 9 runs since (see the issue notes).
  // One retry, which Playwright reports as flaky, while the stack the fixture now records
  // shows where it comes from.
  test.describe.configure({ retries: 1 });

  test('stays responsive and says what is wrong, names shown as text, no dialogs', async ({
    playground,
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await playground.goto();
    const expectWorking = async () => {
      // The page answers: the editor takes text and the heading is there.
      await expect(page.getByRole('heading', { name: 'Playground', level: 2 })).toBeVisible();
      await expect(playground.editor()).toBeEditable();
    };

    // Invalid YAML.
    await playground.replaceText('apiVersion: v1\nkind: Service\nmetadata: [unclosed\n');
    await playground.settled();
    await expect(playground.findings().first()).toContainText(/line \d+/);
    await expect(playground.findings().first()).toContainText('invalid YAML');
    await expectWorking();

    // An unknown kind.
    await playground.replaceText(
      'apiVersion: example.com/v1\nkind: Frobnicator\nmetadata:\n  name: x\n',
    );
    await playground.settled();
    await expect(playground.findings()).toContainText('Frobnicator');
    await expectWorking();

    // Deep nesting.
    await playground.replaceText(`a: ${'['.repeat(20_000)}`);
    await playground.settled();
    await expect(playground.findings()).toContainText('nests');
    await expectWorking();

    // An alias bomb.
    await playground.replaceText(aliasBomb);
    await playground.settled();
    await expect(playground.findings().first()).toContainText(/alias/i);
    await expectWorking();

    // Markup in names and annotations: drawn as text, never run.
    await playground.replaceText(hostile);
    await playground.settled();
    await expect(
      playground.findings().filter({ hasText: '<img src=x onerror=alert(1)>' }),
    ).toHaveCount(1);
    await expect(page.getByText('<script>window.__pwned=3</script>').first()).toBeAttached();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expectWorking();

    // 5 MB: a file over the limit is refused with a message; a paste over it gets one too.
    const huge = `# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    await playground
      .fileInput()
      .setInputFiles({ name: 'huge.yaml', mimeType: 'text/yaml', buffer: Buffer.from(huge) });
    await expect(page.getByRole('alert').filter({ hasText: 'huge.yaml is 5.2 MB' })).toBeVisible();
    await playground.replaceText(`# ${'y'.repeat(2_100_000)}\n`);
    await playground.settled();
    await expect(playground.findings()).toContainText('2,000,000');
    await expectWorking();

    // And the page still works with a good app afterwards.
    await page.getByLabel('Start from').selectOption('app-ip');
    await playground.settled();
    await expect(playground.loadBalancers()).toHaveCount(1);
    expect(dialogs).toEqual([]);
  });
});
