import type { PlanTargetHealth } from '../aws/plan.ts';
import type {
  DeploymentObject,
  NodeObject,
  PodObject,
  ServiceObject,
} from '../kubernetes/objects.ts';
import type { StackModel } from '../reconcile/stack-model.ts';
import type { TargetGroupModel } from '../reconcile/target-group-model.ts';
import type { SeededRandom } from '../util/seeded-random.ts';
import type { IrsaFailure } from '../world/settings.ts';
import type { World } from '../world/world.ts';
import type { EventQueue } from './event-queue.ts';
import type { Narration, SimEvent } from './sim-events.ts';

/** A pod as the simulation runs it: its object plus what its process is doing. */
export interface SimPod {
  object: PodObject;
  /** Readiness-gate condition types injected at creation, with their status. */
  gates: Map<string, boolean>;
  containersReady: boolean;
  terminating: boolean;
  /** The process accepts new connections (started, not yet told to stop). */
  accepting: boolean;
  exited: boolean;
  revision: number;
}

export interface SimNode {
  object: NodeObject;
  /** The machine is gone or cut off: nothing on it answers. */
  dead: boolean;
  unschedulable: boolean;
}

export interface SimDeployment {
  object: DeploymentObject;
  replicas: number;
  revision: number;
  preStopSeconds: number;
  nextOrdinal: number;
}

/** A registered target inside AWS. */
export interface AwsTarget {
  id: string;
  port: number;
  node: string | null;
  pod: string | null;
  health: PlanTargetHealth;
  passes: number;
  fails: number;
  /** Load balancer nodes stop sending new requests here from this time on. */
  stopRoutingAtMs: number | null;
}

export interface AwsTargetGroup {
  model: TargetGroupModel;
  targets: Map<string, AwsTarget>;
  /** The TargetGroupBinding object exists (targets are managed). */
  bound: boolean;
}

/** Everything the simulation tracks; modules take it and change it in place. */
export interface Sim {
  nowMs: number;
  rng: SeededRandom;
  queue: EventQueue<{ label: string; run: () => void }>;
  events: SimEvent[];
  /** The input world; Ingresses, classes and namespaces are read from `current`. */
  current: World;
  nodes: Map<string, SimNode>;
  pods: Map<string, SimPod>;
  services: Map<string, ServiceObject>;
  deployments: Map<string, SimDeployment>;
  /** Pod IPs in use and running pods per node, kept up to date for O(1) scheduling. */
  usedIps: Set<string>;
  podsPerNode: Map<string, number>;
  /** Services whose app no longer answers the health-check path. */
  brokenHealth: Set<string>;
  /** Bumped on every Kubernetes change; snapshots are cached per version. */
  version: number;
  aws: {
    stacks: Map<string, StackModel>;
    targetGroups: Map<string, AwsTargetGroup>;
    irsaFailure: IrsaFailure;
    /** The cluster's shared backend security group, once created (§2.1 step 5.1). */
    backendSecurityGroup: string | null;
    /** Ports the nodes' security group already lets in from the backend group (§2.3 step 5). */
    nodeSecurityGroupPorts: Set<number>;
  };
  /** kube-proxy's endpoint view per service key: pod keys of ready endpoints at its last sync. */
  proxy: Map<string, string[]>;
  controller: {
    queued: Set<string>;
    busyUntil: Map<string, number>;
    attempts: Map<string, number>;
    credentials: boolean;
    /** Ready controller pods; every one serves the webhooks (§1.4). */
    replicas: string[];
    /** The replica holding the leader lease: only it reconciles. null = nobody reconciles. */
    leader: string | null;
    /** Bumped by controllerDown/controllerUp so that pending pod starts and elections lapse. */
    epoch: number;
    /** Bumped whenever a leader is elected: work queued under an earlier leader lapses. */
    term: number;
  };
  requests: { total: number; byStatus: Record<string, number> };
}

export const podKey = (pod: PodObject): string => `${pod.meta.namespace}/${pod.meta.name}`;

/** Run `run` at virtual time `atMs` (never earlier than now). */
export function at(sim: Sim, atMs: number, label: string, run: () => void): void {
  sim.queue.push(Math.max(atMs, sim.nowMs), { label, run });
}

type EventInput = SimEvent extends infer E
  ? E extends SimEvent
    ? Omit<E, 'atMs' | 'narration' | 'focus'>
    : never
  : never;

/** Record an event at the current time. */
export function emit(sim: Sim, event: EventInput, narration: Narration, focus: string[]): void {
  sim.events.push({ ...event, atMs: sim.nowMs, narration, focus } as SimEvent);
}

export const say = (key: string, params: Record<string, string | number> = {}): Narration => ({
  key,
  params,
});
