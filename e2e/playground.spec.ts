import { expect, test } from './fixtures/test.ts';

/** An app as a team would paste it: no Nodes, no IngressClass. */
const app = `apiVersion: v1
kind: Namespace
metadata:
  name: store
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: store
spec:
  replicas: 5
  selector:
    matchLabels: { app: cart }
  template:
    metadata:
      labels: { app: cart }
    spec:
      containers:
        - name: cart
          image: registry.example.com/cart:2.1
          ports: [{ containerPort: 9000 }]
---
apiVersion: v1
kind: Service
metadata:
  name: cart
  namespace: store
spec:
  type: NodePort
  selector: { app: cart }
  ports:
    - port: 80
      targetPort: 9000
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: cart
  namespace: store
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/target-type: ip
spec:
  ingressClassName: alb
  rules:
    - host: cart.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: cart, port: { number: 80 } }
`;
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test.describe('the playground', () => {
  test('a pasted app becomes an internet-facing ALB with 5 ip targets, and its 5 pods are drawn', async ({
    playground,
    page,
  }) => {
    await playground.goto();
    await playground.replaceText(app);
    await playground.settled();

    await expect(playground.noFindings()).toBeVisible();
    await expect(page.getByTestId('playground-assumed')).toContainText('IngressClass "alb"');
    await expect(page.getByTestId('playground-assumed')).toContainText('two default nodes');
    await expect(playground.loadBalancers()).toHaveCount(1);
    await expect(playground.loadBalancers()).toContainText('internet-facing');
    await expect(playground.loadBalancers()).toContainText('application');
    await expect(playground.loadBalancers()).toContainText('(ip, port 9000)');
    await expect(playground.targets()).toHaveCount(5);
    for (const target of await playground.targets().all())
      await expect(target).toContainText(/^10\.\d+\.\d+\.\d+:9000 healthy/);
    await expect(playground.diagramElements(/^Pod (store\/)?cart-\d/)).toHaveCount(5);

    // The JSON view is the plan command's output.
    await page.getByText('Plan JSON').click();
    const plan = JSON.parse((await page.getByTestId('playground-json').textContent()) ?? '') as {
      loadBalancers: { scheme: string }[];
      targetGroups: { targetType: string; targets: unknown[] }[];
    };
    expect(plan.loadBalancers[0]?.scheme).toBe('internet-facing');
    expect(plan.targetGroups[0]?.targetType).toBe('ip');
    expect(plan.targetGroups[0]?.targets).toHaveLength(5);
    await playground.screenshot('playground-app-en');
  });

  test('an error shows at its line, in the editor and the list, and clears when fixed', async ({
    playground,
    page,
  }) => {
    await playground.goto();
    const broken = app.replace('target-type: ip', 'target-type: pods');
    await playground.replaceText(broken);
    await playground.settled();

    const line = lineOf(broken, 'target-type');
    await expect(playground.findings()).toHaveCount(1);
    await expect(playground.findings()).toContainText(`line ${line}`);
    await expect(playground.findings()).toContainText('unknown targetType: pods');
    await expect(playground.findings().getByRole('link')).toHaveAttribute(
      'href',
      /chapter=ip-mode/,
    );
    // The editor marks the same line.
    await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);

    await playground.replaceText(app);
    await playground.settled();
    await expect(playground.findings()).toHaveCount(0);
    await expect(playground.noFindings()).toBeVisible();
    await expect(page.locator('.cm-lint-marker-error')).toHaveCount(0);
  });

  test('says the error in Korean with "N행"', async ({ page }) => {
    const { PlaygroundPage } = await import('./fixtures/playground-page.ts');
    const playground = new PlaygroundPage(page, 'ko');
    await playground.goto();
    const broken = app.replace('number: 80 }', 'number: 8080 }');
    await playground.replaceText(broken);
    await playground.settled();
    await expect(playground.findings()).toContainText(`${lineOf(broken, 'number: 8080')}행`);
    await expect(playground.findings()).toContainText('Service에 없는 포트');
    await playground.screenshot('playground-error-ko');
  });

  test('traces any URL from any client address to its final status', async ({ playground }) => {
    await playground.goto();
    await playground.replaceText(app);
    await playground.settled();
    await playground.url().fill('http://cart.example.com/checkout');
    await playground.clientIp().fill('198.51.100.23');
    await playground.settled();
    await expect(playground.traceStatus()).toContainText('Final status: 200');
    await expect(playground.traceStatus()).toContainText('pod store/cart-');
    await expect(playground.traceStatus()).toContainText('client 198.51.100.23');

    // The trace's hops play in the diagram, with the packet panel.
    await playground.page.getByRole('button', { name: 'Play the request' }).click();
    await expect(playground.page.getByRole('region', { name: 'The packet at this hop' })).toBeVisible();
  });

  test('a reload keeps the work, and the shared link opens the same manifests elsewhere', async ({
    playground,
    page,
    browser,
  }) => {
    await playground.goto();
    const mine = app
      .replace('replicas: 5', 'replicas: 3')
      .replace('cart.example.com', 'mine.example.com');
    await playground.replaceText(mine);
    await playground.settled();
    await expect(page).toHaveURL(/[?&]scenario=1\./);
    await expect(playground.targets()).toHaveCount(3);

    await page.reload();
    await playground.editor().waitFor();
    await playground.settled();
    await expect(playground.targets()).toHaveCount(3);
    await expect(playground.page.getByTestId('playground-plan-tree')).toContainText(
      'mine.example.com',
    );
    expect(await playground.storedText()).toBe(mine);
    const json = await playground.planJson();

    const link = page.url();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const { PlaygroundPage } = await import('./fixtures/playground-page.ts');
    const elsewhere = new PlaygroundPage(other);
    await other.goto(link);
    await elsewhere.editor().waitFor();
    await elsewhere.settled();
    await expect(elsewhere.targets()).toHaveCount(3);
    // The same manifests: the same first lines in the editor and byte-identical plans.
    expect(await elsewhere.visibleText()).toBe(await playground.visibleText());
    expect(await elsewhere.planJson()).toBe(json);
    expect(await elsewhere.storedText()).toBe(mine);
    await fresh.close();
  });

  test('provenance: a plan entry marks the YAML lines behind it, a YAML line marks what it made', async ({
    playground,
    page,
  }) => {
    await playground.goto();
    await playground.replaceText(app);
    await playground.settled();
    // The target group came from the Service and the Ingress: their lines are marked.
    await page
      .getByTestId('playground-plan-tree')
      .getByRole('button', { name: /^Target group / })
      .click();
    await expect(page.locator('.pg-provenance-line').first()).toBeVisible();
    await expect(page.getByText(/^Lines \d+–\d+ made the highlighted elements\./)).toBeVisible();
    // The cursor on the Deployment's replicas line marks its pods' targets in the plan.
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await playground.editor().getByText('replicas: 5').click();
    await expect(page.locator('.pg-tree-entry.is-marked')).toHaveCount(5);
  });
});
