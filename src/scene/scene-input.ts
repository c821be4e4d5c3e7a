import type { Plan, PlanTargetHealth } from '../simulator/index.ts';

/** A pod as the scene draws it. */
export interface ScenePod {
  namespace: string;
  name: string;
  node: string | null;
  ip: string | null;
  state: 'ready' | 'not-ready' | 'terminating' | 'pending';
  controller: boolean;
}

export interface SceneWorkerNode {
  name: string;
  ip: string | null;
  ready: 'True' | 'False' | 'Unknown' | null;
  zone: string | null;
}

/**
 * Everything the scene needs, already reduced from the simulator: the plan (what exists in AWS
 * and the targets' health), the cluster's objects, and the client. A timeline step is another
 * SceneInput with fewer resources or other health; the layout is made from the union of all.
 */
export interface SceneInput {
  plan: Pick<Plan, 'loadBalancers' | 'targetGroups'>;
  nodes: SceneWorkerNode[];
  pods: ScenePod[];
  ingresses: string[];
  services: { key: string; endpointsReady: number }[];
  ingressClasses: string[];
  clientIp: string;
  irsa: boolean;
}

export const healthTone = (health: PlanTargetHealth) =>
  health.state === 'healthy'
    ? 'ok'
    : health.state === 'unhealthy'
      ? 'bad'
      : health.state === 'draining' || health.state === 'initial'
        ? 'warn'
        : 'neutral';
