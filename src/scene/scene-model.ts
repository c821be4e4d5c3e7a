/** What the diagram shows, computed from the simulator: pure data, no React Flow types. */
export type SceneNodeKind =
  | 'zone'
  | 'vpc'
  | 'az'
  | 'subnet'
  | 'lb-node'
  | 'eni'
  | 'client'
  | 'dns'
  | 'load-balancer'
  | 'listener'
  | 'rule'
  | 'default-action'
  | 'target-group'
  | 'target'
  /** A Classic Load Balancer's instances (it has no target groups), and one of them. */
  | 'registered-instances'
  | 'instance'
  | 'security-group'
  | 'iam'
  | 'sts'
  | 'oidc'
  | 'apiserver'
  | 'ingressclass'
  | 'ingress'
  | 'service'
  | 'endpointslice'
  | 'target-group-binding'
  | 'controller'
  | 'serviceaccount'
  | 'node'
  | 'pod'
  | 'kube-proxy'
  | 'more';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

/** A message key plus values, translated by the UI (the scene never holds prose). */
export interface SceneText {
  key: string;
  params: Record<string, string | number>;
}

export interface SceneNode {
  /** Stable diagram id (`pod:default/web-1`), also the React key and React Flow node id. */
  id: string;
  kind: SceneNodeKind;
  /** The container this node sits in (a zone, a node, a load balancer, a target group). */
  parent: string | null;
  /** Position relative to the parent, and size, in diagram units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The object's own name, shown as is (never translated). */
  label: string;
  /**
   * Lines the name is drawn on when it needs more than one (name-lines.ts); the card is
   * NAME_LINE_HEIGHT taller for each extra line (a container card's header too).
   */
  nameLines?: number;
  /**
   * Lines a compact card's detail is drawn on when it takes a long one during the run (an
   * Ingress's address, name-lines.ts's detailLinesOf); the card is NAME_LINE_HEIGHT taller for
   * each extra line.
   */
  detailLines?: number;
  /**
   * A compact card whose badge is drawn on a line of its own, under its detail (an Ingress's
   * warning: beside the detail it would squeeze the address); the card is NAME_LINE_HEIGHT taller.
   */
  badgeLine?: boolean;
  /** What the card calls itself when its kind's usual word would be wrong (a CLB's instances). */
  caption?: SceneText;
  detail: string | null;
  badge: { tone: Tone; text: SceneText } | null;
  /** Accessible name: kind + object name + state (UI strings in both languages). */
  a11y: SceneText;
  /** Keyboard order through the diagram. */
  order: number;
  /** What the inspector shows for this element (ids into the simulator's data). */
  ref: { type: string; key: string } | null;
}

/** `binds`: a TargetGroupBinding to the target group it registers targets in. */
export type EdgeKind = 'data' | 'config' | 'watch' | 'api' | 'binds';

export interface ScenePoint {
  x: number;
  y: number;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /**
   * The routed line, border to border, in absolute diagram coordinates: orthogonal segments
   * that pass through no card the edge does not connect (route-edges.ts).
   */
  points?: ScenePoint[];
  /** Drawn only while it is on the packet's route (a cross-node hop the trace took). */
  routeOnly?: boolean;
  /** Drawn only while these elements are drawn too (an ip target's way into the pod's ENI). */
  requires?: string[];
}

/** Kinds that group others (drawn as labelled areas, not cards). */
export const GROUP_KINDS: ReadonlySet<SceneNodeKind> = new Set(['zone', 'vpc', 'az', 'subnet']);
/** Cards that hold other cards under a header (a load balancer, a target group, an EC2 node). */
export const CONTAINER_KINDS: ReadonlySet<SceneNodeKind> = new Set([
  'load-balancer',
  'target-group',
  'registered-instances',
  'node',
]);

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  width: number;
  height: number;
}
