import type { WorldNames } from '../../lesson/playground/what-if.ts';

export const whatIfKinds = [
  'traffic',
  'scale',
  'deletePod',
  'drainNode',
  'rollingUpdate',
  'readinessGates',
  'setTargetType',
  'externalTrafficPolicy',
  'breakHealthCheck',
  'breakIrsa',
] as const;
export type WhatIfKind = (typeof whatIfKinds)[number];

/** One action of the `simulate --actions` file, filled with the reader's own names. */
export function whatIfTemplate(kind: WhatIfKind, names: WorldNames | null, url: string): string {
  const deployment = names?.deployments[0] ?? 'default/my-app';
  const service = names?.services[0] ?? 'default/my-app';
  const ingress = names?.ingresses[0] ?? 'default/my-app';
  const node = names?.nodes[0] ?? 'node-a';
  const pod = names?.pods[0] ?? 'default/my-app-1';
  const namespace = names?.namespaces[0] ?? 'default';
  switch (kind) {
    case 'traffic':
      return `- at: 10s\n  traffic: { url: ${url}, rps: 20, duration: 2m }\n`;
    case 'scale':
      return `- at: 30s\n  scale: { deployment: ${deployment}, replicas: 6 }\n`;
    case 'deletePod':
      return `- at: 30s\n  deletePod: ${pod}\n`;
    case 'drainNode':
      return `- at: 30s\n  drainNode: ${node}\n`;
    case 'rollingUpdate':
      return `- at: 30s\n  rollingUpdate: { deployment: ${deployment}, maxSurge: 1, maxUnavailable: 0, preStopSeconds: 0 }\n`;
    case 'readinessGates':
      return `- at: 5s\n  enableReadinessGates: ${namespace}\n`;
    case 'setTargetType':
      return `- at: 30s\n  setTargetType: { ingress: ${ingress}, targetType: ip }\n`;
    case 'externalTrafficPolicy':
      return `- at: 30s\n  setExternalTrafficPolicy: { service: ${service}, policy: Local }\n`;
    case 'breakHealthCheck':
      return `- at: 30s\n  breakHealthCheck: { service: ${service} }\n`;
    case 'breakIrsa':
      return `- at: 30s\n  breakIrsa: trust\n`;
  }
}
