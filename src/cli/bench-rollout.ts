import { stringify } from 'yaml';

/** One ip-mode Ingress in front of a Deployment of `pods` replicas on pods/10 nodes. */
export function rolloutScenario(pods: number): string {
  const nodes = Math.max(2, Math.ceil(pods / 10));
  const docs: unknown[] = [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'alb' },
      spec: { controller: 'ingress.k8s.aws/alb' },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: 'web',
        namespace: 'default',
        annotations: { 'alb.ingress.kubernetes.io/target-type': 'ip' },
      },
      spec: {
        ingressClassName: 'alb',
        rules: [
          {
            host: 'web.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'web', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'default' },
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        replicas: pods,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', ports: [{ containerPort: 8080 }] }] },
        },
      },
    },
  ];
  for (let n = 0; n < nodes; n++) {
    docs.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: `node-${n}` },
      spec: { providerID: `aws:///us-west-2a/i-${n.toString(16).padStart(17, '0')}` },
      status: {
        addresses: [{ type: 'InternalIP', address: `10.${1 + Math.floor(n / 250)}.${n % 250}.10` }],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
    });
  }
  return docs.map((d) => stringify(d)).join('---\n');
}

export const ROLLOUT_ACTIONS = `
- at: 0s
  traffic: { url: "http://web.example.com/", rps: 100, duration: 600s }
- at: 30s
  rollingUpdate: { deployment: default/web }
`;
