import type { ScenarioSource, TargetMode } from './chapters.ts';
import { seedScenario } from './seed-scenario.ts';

const CERTIFICATE =
  'arn:aws:acm:us-west-2:123456789012:certificate/1f0c3a52-7d1e-4c1b-9a57-3e8b2f6d4c10';

/**
 * The seed's Ingress and Service in front of `nodes × podsPerNode` ready pods, written as YAML on
 * the fly (for the frame benchmark; nothing in content/ is this big).
 */
export function manyPodsScenario(nodes: number, podsPerNode: number): ScenarioSource {
  const docs = (mode: TargetMode) => {
    const out: string[] = [
      `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: { name: alb }
spec: { controller: ingress.k8s.aws/alb }`,
      `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: domain-ingress
  namespace: default
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/target-type: ${mode}
    alb.ingress.kubernetes.io/certificate-arn: ${CERTIFICATE}
spec:
  ingressClassName: alb
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: location-api, port: { number: 80 } } }`,
      `apiVersion: v1
kind: Service
metadata: { name: location-api, namespace: default }
spec:
  type: NodePort
  selector: { app: domain-api }
  ports: [{ name: http, protocol: TCP, port: 80, targetPort: 8000, nodePort: 31666 }]`,
    ];
    for (let n = 1; n <= nodes; n++) {
      const zone = `us-west-2${'abc'[n % 3]}`;
      const instance = `i-0${n.toString(16).padStart(16, '0')}`;
      out.push(`apiVersion: v1
kind: Node
metadata:
  name: node-${n}
  labels: { topology.kubernetes.io/zone: ${zone} }
spec: { providerID: 'aws:///${zone}/${instance}' }
status:
  addresses: [{ type: InternalIP, address: 10.0.${n}.10 }]
  conditions: [{ type: Ready, status: 'True' }]`);
      for (let p = 1; p <= podsPerNode; p++) {
        out.push(`apiVersion: v1
kind: Pod
metadata: { name: domain-api-${n}-${p}, namespace: default, labels: { app: domain-api } }
spec:
  nodeName: node-${n}
  containers: [{ name: api, image: example/domain-api:1.0, ports: [{ name: http, containerPort: 8000 }] }]
status:
  phase: Running
  podIP: 10.0.${n}.${100 + p}
  conditions: [{ type: ContainersReady, status: 'True' }, { type: Ready, status: 'True' }]`);
      }
    }
    return out.join('\n---\n');
  };
  const name = (mode: TargetMode) =>
    `generated/${nodes}-nodes-${nodes * podsPerNode}-pods-${mode}.yaml`;
  return {
    files: {
      instance: { name: name('instance'), text: docs('instance') },
      ip: { name: name('ip'), text: docs('ip') },
    },
    url: seedScenario.url,
    seed: seedScenario.seed,
  };
}
