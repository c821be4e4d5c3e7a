import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test.ts';

const file = (path: string) =>
  readFileSync(new URL(`../content/playground/${path}`, import.meta.url), 'utf8');

/** Each lab, and the change that reaches its goal (in the manifests or in the actions). */
const fixes: {
  number: number;
  fix: { text: [string, string] } | { actions: [string, string] };
  file: string;
}[] = [
  {
    number: 1,
    file: 'labs/rolling-update.yaml',
    fix: { actions: ['preStopSeconds: 0', 'preStopSeconds: 40'] },
  },
  {
    number: 2,
    file: 'instance-clusterip.yaml',
    fix: { text: ['type: ClusterIP', 'type: NodePort'] },
  },
  {
    number: 3,
    file: 'labs/etp-local.yaml',
    fix: { text: ['  externalTrafficPolicy: Local', '  externalTrafficPolicy: Cluster'] },
  },
  { number: 4, file: 'group-order.yaml', fix: { text: ['group.order: "1"', 'group.order: "3"'] } },
  {
    number: 5,
    file: 'labs/nlb-type.yaml',
    fix: {
      text: [
        'aws-load-balancer-type: nlb',
        'aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip',
      ],
    },
  },
  { number: 6, file: 'labs/irsa.yaml', fix: { text: ['failure: oidc', 'failure: none'] } },
  {
    number: 7,
    file: 'labs/every-node.yaml',
    fix: { text: ['target-type: instance', 'target-type: ip'] },
  },
  {
    number: 8,
    file: 'labs/webhook.yaml',
    fix: { actions: ['- at: 40s\n  controllerUp', '- at: 10s\n  controllerUp'] },
  },
];

test.describe('the playground labs', () => {
  for (const lab of fixes)
    test(`lab ${lab.number} starts away from its goal and reaches it once fixed`, async ({
      playground,
      page,
    }) => {
      await playground.goto();
      await page.getByRole('button', { name: new RegExp(`^Lab ${lab.number}: `) }).click();
      await playground.settled();
      const status = page.getByTestId('playground-lab-status');
      await expect(status).toHaveText(/^Not yet/);

      if ('text' in lab.fix) {
        const [from, to] = lab.fix.text;
        const text = file(lab.file);
        expect(text).toContain(from);
        await playground.replaceText(text.replace(from, to));
      } else {
        const [from, to] = lab.fix.actions;
        const actions = page.getByRole('textbox', { name: 'Actions (YAML)', exact: true });
        const current = await actions.inputValue();
        expect(current).toContain(from);
        await actions.fill(current.replace(from, to));
      }
      await playground.settled();
      await expect(status).toHaveText(/^✓ Goal reached/);
    });
});
