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
  /** The EC2 instance behind the node (its providerID), which names an instance target. */
  instanceId?: string | null;
  ready: 'True' | 'False' | 'Unknown' | null;
  zone: string | null;
}

/**
 * Everything the scene needs, already reduced from the simulator: the plan (what exists in AWS
 * and the targets' health), the cluster's objects, and the client. A timeline step is another
 * SceneInput with fewer resources or other health; the layout is made from the union of all.
 */
/**
 * The instances behind one listener of a load balancer the in-tree cloud provider made (a CLB):
 * every node it registers, on the Service's NodePort. The controller does not manage them, so
 * they stand from the first step; the plan has no target group for them, only the listener's
 * `in-tree:<ns>/<svc>:<port>` target, which is this group's id.
 */
export interface SceneInTreeTargets {
  id: string;
  protocol: string;
  nodePort: number;
  instances: { instanceId: string; node: string }[];
}

/** The network the cluster runs in, as the settings and the nodes tell it (network.ts derives the rest). */
export interface SceneNetworkInput {
  region: string;
  vpcCidr: string;
  /** The zones the load balancers' subnets cover; null: every zone that has a node. */
  loadBalancerZones: readonly string[] | null;
  /** Each load balancer's private address (its node's ENI), by stack, as the trace uses it. */
  loadBalancerIps: Readonly<Record<string, string>>;
  /** The address each load balancer's DNS name resolves to (public when internet-facing), by stack. */
  loadBalancerFrontIps?: Readonly<Record<string, string>>;
  /**
   * A load balancer the run creates (its CreateLoadBalancer call), by its AWS name: the DNS name
   * AWS gives it and its addresses, worked out with the run (the page draws it from these).
   */
  createdLoadBalancers?: Readonly<Record<string, CreatedLoadBalancerAddresses>>;
}

/** What AWS gives a load balancer the run creates: its DNS name and its nodes' addresses. */
export interface CreatedLoadBalancerAddresses {
  dnsName: string;
  privateIp: string;
  frontIp: string;
}

/** The security groups that decide whether the load balancer's traffic gets through (§2.1 step 5.1, §2.3 step 5). */
export interface SceneSecurityGroups {
  /** Each load balancer's groups: its managed group (null: the user named the groups) and the backend group. */
  loadBalancers: readonly {
    stack: string;
    managed: { name: string; ingress: readonly { port: number; cidr: string }[] } | null;
    backend: string | null;
  }[];
  /** The nodes' group (on every node's ENI) and the ports the bindings open on it from the backend group. */
  nodes: { id: string; backend: string; ports: readonly number[] } | null;
}

/** A Service: its card and, when its ready endpoints are known, its EndpointSlice's card. */
export interface SceneService {
  key: string;
  /** null: not known (a Service applied during the run); no EndpointSlice card is drawn. */
  endpointsReady: number | null;
  type?: string;
  nodePorts?: number[];
  /** The pods (ns/name) kube-proxy's rules point at when the run starts: those ready then (§9.2). */
  proxied?: readonly string[];
}

export interface SceneInput {
  /** The groups the controller manages; none drawn when absent. */
  securityGroups?: SceneSecurityGroups;
  /** Region, VPC and load balancer addresses; without it, the defaults of the simulator's settings. */
  network?: SceneNetworkInput;
  /** `inTreeLoadBalancers`: the load balancers the in-tree cloud provider made (no controller). */
  plan: Pick<Plan, 'loadBalancers' | 'targetGroups' | 'inTreeLoadBalancers'>;
  /** The instances behind the in-tree load balancers' listeners; none when absent. */
  inTreeTargets?: SceneInTreeTargets[];
  nodes: SceneWorkerNode[];
  pods: ScenePod[];
  ingresses: string[];
  /** `type` and `nodePorts`: what the Service's card says under its name (none when absent). */
  services: SceneService[];
  /**
   * Objects a lesson's `apply` action creates during the run: drawn after the scenario's own (so
   * those keep their places), shown from the moment the API server adds them.
   */
  applied?: { ingresses: string[]; services: SceneService[] };
  /**
   * Labels a card takes during the run, by id (a rule rewritten by ModifyRule, a listener's
   * default action by ModifyListener): it is laid out with room for the longest, never cut later.
   */
  laterLabels?: Readonly<Record<string, readonly string[]>>;
  /**
   * Details a row takes during the run, by id (an Ingress's address once the controller writes its
   * status): it is laid out with room for it.
   */
  laterDetails?: Readonly<Record<string, string>>;
  /**
   * Objects a Warning event names during the run (`ingress:default/x`, as timeline-replay.ts's
   * objectId): their rows get a line of their own for the warning's badge.
   */
  laterWarnings?: readonly string[];
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
