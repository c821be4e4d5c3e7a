/** Hand-written inputs: a YAML file from lines, and wrong-shaped inputs that broke the contract. */
import type { ManifestInput } from '../index.ts';

export const oneFile = (...lines: string[]): ManifestInput[] => [
  { name: 'case.yaml', text: `${lines.join('\n')}\n` },
];

const classParamsCase = (spec: string): ManifestInput[] =>
  oneFile(
    'apiVersion: networking.k8s.io/v1',
    'kind: IngressClass',
    'metadata: {name: alb}',
    'spec:',
    '  controller: ingress.k8s.aws/alb',
    '  parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: params}',
    '---',
    'apiVersion: elbv2.k8s.aws/v1beta1',
    'kind: IngressClassParams',
    'metadata: {name: params}',
    `spec: ${spec}`,
    '---',
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata: {name: site, namespace: default}',
    'spec: {ingressClassName: alb}',
  );

const servicePortCase = (port: string): ManifestInput[] =>
  oneFile(
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: web, namespace: default}',
    'spec:',
    '  type: LoadBalancer',
    '  selector: {app: web}',
    `  ports: [${port}]`,
  );

/**
 * Wrong-shaped inputs that broke the contract once, checked on every run. IngressClassParams
 * `spec` fields of the wrong type threw a TypeError out of planFromManifests (a CIDR or group
 * name that is not a string) or reached the plan (a numeric name or SSL policy); a Service port
 * protocol that is not TCP/UDP/SCTP became an NLB listener protocol outside the contract's list.
 */
export const KNOWN_CASES: [string, ManifestInput[]][] = [
  ['IngressClassParams spec {inboundCIDRs: [5]}', classParamsCase('{inboundCIDRs: [5]}')],
  ['IngressClassParams spec {group: {name: 5}}', classParamsCase('{group: {name: 5}}')],
  ['IngressClassParams spec {loadBalancerName: 5}', classParamsCase('{loadBalancerName: 5}')],
  [
    'IngressClassParams spec {sslPolicy: 5} on an HTTPS listener',
    classParamsCase('{sslPolicy: 5, certificateArn: [arn:aws:acm:us-west-2:1:certificate/a]}'),
  ],
  ['Service port {port: 80, protocol: 5}', servicePortCase('{port: 80, protocol: 5}')],
];
