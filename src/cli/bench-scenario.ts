import { stringify } from 'yaml';

/**
 * A synthetic cluster for benchmarks: `nodes` nodes, ten pods per node spread over ten apps,
 * one Service per app, and one Ingress per Service (half instance mode, half ip mode).
 */
export function benchScenario(nodes: number): string {
  const docs: unknown[] = [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'alb' },
      spec: { controller: 'ingress.k8s.aws/alb' },
    },
  ];
  for (let n = 0; n < nodes; n++) {
    const third = Math.floor(n / 250);
    docs.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: `node-${n}`,
        labels: { 'topology.kubernetes.io/zone': `us-west-2${'abc'[n % 3]}` },
      },
      spec: { providerID: `aws:///us-west-2a/i-${n.toString(16).padStart(17, '0')}` },
      status: {
        addresses: [{ type: 'InternalIP', address: `10.${1 + third}.${n % 250}.10` }],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
    });
    for (let p = 0; p < 10; p++) {
      docs.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `app-${p}-${n}`, namespace: 'default', labels: { app: `app-${p}` } },
        spec: {
          nodeName: `node-${n}`,
          containers: [{ name: 'c', ports: [{ name: 'http', containerPort: 8080 }] }],
        },
        status: {
          podIP: `10.${1 + third}.${n % 250}.${100 + p}`,
          conditions: [{ type: 'Ready', status: 'True' }],
        },
      });
    }
  }
  for (let s = 0; s < 10; s++) {
    docs.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `app-${s}`, namespace: 'default' },
      spec: {
        type: 'NodePort',
        selector: { app: `app-${s}` },
        ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30000 + s }],
      },
    });
    docs.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: `app-${s}`,
        namespace: 'default',
        annotations: { 'alb.ingress.kubernetes.io/target-type': s % 2 === 0 ? 'instance' : 'ip' },
      },
      spec: {
        ingressClassName: 'alb',
        rules: [
          {
            host: `app-${s}.example.com`,
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: `app-${s}`, port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      },
    });
  }
  return docs.map((d) => stringify(d)).join('---\n');
}
