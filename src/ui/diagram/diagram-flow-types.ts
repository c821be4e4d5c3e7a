import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, SceneNodeKind, Tone } from '../../scene/scene-model.ts';

/** The React Flow node and edge types the diagram uses: a union discriminated by `type`. */
/** 'on': this element is highlighted. Dimming the others is the canvas's job (`has-emphasis`). */
export type Emphasis = 'on' | 'none';

export type BadgeView = { tone: Tone; text: string };

type Shared = {
  emphasis: Emphasis;
  reducedMotion: boolean;
  /** Set on an element that has left the scene and is fading out (departures.ts). */
  exiting?: boolean;
};

/** The accessible name of a node's button: kind, full object name, state. */
type Named = { name: string };

/** A labelled area (the Internet, the Region, the VPC, an Availability Zone, a subnet). */
export type ZoneData = Shared &
  Named & {
    /** Its look: `internet`, `aws`, `control-plane`, `services`, `vpc`, `az`, `subnet-public`… */
    zone: string;
    title: string;
    /** The title is a button that opens the inspector (the VPC, a zone, a subnet). */
    inspectable: boolean;
  };

export type CardData = Shared &
  Named & {
    kind: SceneNodeKind;
    /** Full-size cards: the kind in the reader's language and the detail ("Node · 10.0.1.10"), or
     *  only the detail when both do not fit beside the badge. */
    headline: string;
    /** The object's name as given (never translated), and the lines it is drawn on (whole where
     *  the card has room; a middle ellipsis only on the last line of a name longer than that). */
    label: string;
    shownLines: readonly string[];
    detail: string | null;
    /** A compact card's long detail on the lines the layout gave it (an Ingress's address). */
    detailLines?: readonly string[];
    badge: BadgeView | null;
    /** A compact card's badge on a line of its own, under the detail (an Ingress's warning). */
    badgeLine?: boolean;
    /** Row-sized elements (pods, targets, rules) show two tight lines instead of a caption. */
    compact: boolean;
  };

export type MoreData = Shared & Named & { text: string; parent: string };

export type ZoneFlowNode = Node<ZoneData, 'zone'>;
export type ContainerFlowNode = Node<CardData, 'container'>;
export type ElementFlowNode = Node<CardData, 'element'>;
export type MoreFlowNode = Node<MoreData, 'more'>;
export type DiagramFlowNode = ZoneFlowNode | ContainerFlowNode | ElementFlowNode | MoreFlowNode;

/** `route`: on the packet's route (highlighted); `off`: a route is shown and this is not on it. */
export type EdgeState = 'plain' | 'route' | 'off';

export type DiagramEdgeData = {
  kind: EdgeKind;
  state?: EdgeState;
  path: string;
  arrow: string;
  exiting?: boolean;
};
export type DiagramFlowEdge = Edge<DiagramEdgeData, 'diagram'>;

/** Where the packet token is drawn: between two elements' centres, at `progress` (0–1). */
export interface DiagramPacket {
  from: string;
  to: string;
  progress: number;
  direction: 'request' | 'response';
  /** Short text beside the token, e.g. the L3/L4 destination. */
  label: string;
}
