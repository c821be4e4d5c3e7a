import type { SimEventKind } from '../simulator/index.ts';

/** Every chapter, in reading order. The ids are part of shared links: never rename one. */
export const chapterIds = [
  'controller-overview',
  'without-controller',
  'instance-mode',
  'ip-mode',
  'change-over-time',
  'l4-vs-l7',
  'irsa',
  'security-groups',
  'https-and-groups',
  'troubleshooting',
  'beyond-ingress',
  'playground',
] as const;
export type ChapterId = (typeof chapterIds)[number];

/** Where the course starts: a first visit with no address opens it. */
export const defaultChapterId: ChapterId = 'controller-overview';

export const targetModes = ['instance', 'ip'] as const;
/** The target type the load balancer registers: EC2 instances on their NodePort, or pod IPs. */
export type TargetMode = (typeof targetModes)[number];

export function isChapterId(value: unknown): value is ChapterId {
  return typeof value === 'string' && (chapterIds as readonly string[]).includes(value);
}

export function isTargetMode(value: unknown): value is TargetMode {
  return typeof value === 'string' && (targetModes as readonly string[]).includes(value);
}

/** One scenario written twice, once per target type; the mode toggle picks the variant. */
export interface ScenarioSource {
  /** The manifests per mode: a file name (shown to the reader) and its YAML. */
  files: Readonly<Record<TargetMode, { name: string; text: string }>>;
  /** The request the chapter traces, and the seed that picks its target and pod. */
  url: string;
  seed: number;
  /** The client's address for the trace; the settings' `clientIp` when absent. */
  clientIp?: string;
  /** What-ifs on the timeline (the `simulate --actions` YAML); none when absent. */
  actions?: { name: string; text: string };
  /** What-ifs per mode, instead of `actions` (a run that switches into the mode being read). */
  actionsByMode?: Readonly<Record<TargetMode, { name: string; text: string }>>;
  /** How far to simulate (virtual ms); the chapter default when absent. */
  untilMs?: number;
  /** The event kinds the steps tell; the controller's story when absent. */
  tell?: readonly SimEventKind[];
  /** Set when one file serves both modes: its Ingresses get the mode as their target type. */
  targetTypeFromMode?: boolean;
  /** With `targetTypeFromMode`: the target type the Ingresses start with per mode (the mode when absent). */
  startTargetType?: Readonly<Record<TargetMode, TargetMode>>;
}
