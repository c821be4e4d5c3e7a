import type { NodeHandle, Position } from '@xyflow/react';
import type { Translate } from '../../i18n/translate.ts';
import {
  GROUP_KINDS,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from '../../scene/scene-model.ts';
import type {
  CardData,
  DiagramFlowEdge,
  DiagramFlowNode,
  EdgeState,
  Emphasis,
} from './diagram-flow-types.ts';
import { NAME_INSET, isCompactCard, nameLinesOf } from '../../scene/name-lines.ts';
import { textWidth } from '../../scene/text-width.ts';
import { detailLinesOf } from '../../scene/detail-lines.ts';
import { edgeGeometry, polylineGeometry, type Rect } from './scene-geometry.ts';
import { isMessageKey, translateSceneText } from './translate-scene-text.ts';
import type { ReuseCache } from './reuse-cache.ts';

/** A group's look (its CSS variant) and its title in the reader's language. */
export function groupTitle(node: SceneNode, t: Translate): { variant: string; title: string } {
  switch (node.kind) {
    case 'vpc':
      return { variant: 'vpc', title: t('diagram.group.vpc', { cidr: node.label }) };
    case 'az':
      return { variant: 'az', title: t('diagram.group.az', { zone: node.label }) };
    case 'subnet': {
      const tier = node.detail === 'public' ? 'public' : 'private';
      return {
        variant: `subnet-${tier}`,
        title: t(`diagram.group.subnet.${tier}`, { cidr: node.label }),
      };
    }
    default: {
      if (node.id === 'zone:aws')
        return { variant: 'aws', title: t('diagram.group.region', { region: node.label }) };
      const titleKey = `diagram.zone.${node.label}`;
      return {
        variant: node.label,
        title: isMessageKey(titleKey) ? t(titleKey) : node.label,
      };
    }
  }
}

/** The only place a Scene becomes React Flow nodes and edges. */
export interface FlowOptions {
  reducedMotion: boolean;
  t: Translate;
}

const containerKinds = new Set(['load-balancer', 'target-group', 'registered-instances', 'node']);
/** Borders and padding of a card, in diagram units (diagram.css); then the small icon and its gap. */
const CARD_INSET = NAME_INSET;
const ICON = 20;
const badgeWidth = (text: string) => textWidth(text, 12) + 26;

/**
 * Cards whose detail already says what they are (a load balancer's type and scheme, a target
 * group's target type and port, a target's node or pod, a security group's rules): their kind
 * word fits beside the detail and the badge in one language and not in the other, or in one
 * target type and not the other, so they show the detail alone, always.
 */
const DETAIL_ALONE = new Set(['load-balancer', 'target-group', 'target', 'security-group']);

/**
 * A card's kind line ("Pod · 10.0.2.103", or the detail alone where both do not fit beside the
 * badge, and always for the kinds above); the exported pictures print it too.
 */
export function cardHeadline(node: SceneNode, badge: string | null, t: Translate): string {
  const captionKey = `diagram.kind.${node.kind}`;
  const caption = node.caption
    ? translateSceneText(t, node.caption)
    : isMessageKey(captionKey)
      ? t(captionKey)
      : node.kind;
  if (!node.detail) return caption;
  if (DETAIL_ALONE.has(node.kind)) return node.detail;
  const room = node.width - CARD_INSET - ICON - (badge === null ? 0 : badgeWidth(badge));
  const both = `${caption} · ${node.detail}`;
  return textWidth(both, 12) <= room ? both : node.detail;
}

function cardData(node: SceneNode, compact: boolean, options: FlowOptions): CardData {
  const badge = node.badge && {
    tone: node.badge.tone,
    text: translateSceneText(options.t, node.badge.text),
  };
  // A card named by what it is, not by a resource's name (the IAM role, the OIDC provider), is
  // named in the reader's language.
  const labelKey = `diagram.label.${node.kind}`;
  const label = isMessageKey(labelKey) ? options.t(labelKey) : node.label;
  return {
    kind: node.kind,
    name: translateSceneText(options.t, node.a11y),
    headline: cardHeadline(node, badge?.text ?? null, options.t),
    label,
    shownLines: nameLinesOf(label, node),
    // A compact card's second line: its detail, or a caption in the reader's language.
    detail:
      node.detail ?? (compact && node.caption ? translateSceneText(options.t, node.caption) : null),
    // The detail on the lines the layout made room for (an Ingress's address on two), cut in its
    // middle where it is too long for them.
    ...(compact && node.detail !== null
      ? { detailLines: detailLinesOf(node.detail, node, badge ? badgeWidth(badge.text) : 0) }
      : {}),
    badge,
    ...(compact && node.badgeLine ? { badgeLine: true } : {}),
    compact,
    emphasis: 'none',
    reducedMotion: options.reducedMotion,
  };
}

/**
 * The nodes of a scene with nothing emphasised. Emphasis is laid on afterwards by `emphasise`, so
 * a new highlight replaces only the nodes whose highlight changed. With a `cache` (one per canvas,
 * language and motion preference), a node whose scene content did not change since the last call
 * keeps its object, so React Flow and the memoised node components skip it on a new step.
 */
export function toFlowNodes(
  scene: Scene,
  options: FlowOptions,
  cache?: ReuseCache<DiagramFlowNode>,
): DiagramFlowNode[] {
  // Parents before children (React Flow needs it) and Tab order: the scene's `order`.
  const ordered = [...scene.nodes].sort((a, b) => a.order - b.order);
  return ordered.map((node) =>
    cache
      ? cache.get(node.id, sceneNodeKey(node), () => toFlowNode(node, options))
      : toFlowNode(node, options),
  );
}

/** Everything about a scene node that its flow node depends on. */
const sceneNodeKey = (node: SceneNode): string =>
  JSON.stringify([
    node.kind,
    node.parent,
    node.x,
    node.y,
    node.width,
    node.height,
    node.label,
    node.nameLines,
    node.detailLines,
    node.badgeLine,
    node.detail,
    node.badge,
    node.a11y,
    node.caption,
  ]);

/**
 * Where a card's two hidden handles are (nodes/HiddenHandles.tsx: in on the left, out on the
 * right), given up front: React Flow draws an edge only once it knows both ends' handles, and
 * would otherwise learn them by measuring every card after the first paint, so the diagram's
 * edges would come a frame or more after its cards. The edges draw their own lines from the
 * scene, so only the handles' presence matters, not their exact place.
 */
function handlesOf(node: SceneNode): NodeHandle[] {
  const y = node.height / 2;
  return [
    { type: 'target', position: 'left' as Position.Left, x: 0, y, width: 1, height: 1 },
    { type: 'source', position: 'right' as Position.Right, x: node.width, y, width: 1, height: 1 },
  ];
}

function toFlowNode(node: SceneNode, options: FlowOptions): DiagramFlowNode {
  // React Flow's node wrapper is neither focusable nor named: each node renders its own button.
  const common = {
    id: node.id,
    focusable: false,
    domAttributes: { 'aria-roledescription': undefined, 'aria-describedby': undefined },
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    draggable: false,
    connectable: false,
    selectable: false,
    ...(node.parent === null ? {} : { parentId: node.parent, extent: 'parent' as const }),
  };
  if (GROUP_KINDS.has(node.kind)) {
    const { variant, title } = groupTitle(node, options.t);
    return {
      ...common,
      type: 'zone',
      data: {
        zone: variant,
        title,
        name: translateSceneText(options.t, node.a11y),
        inspectable: node.ref !== null,
        emphasis: 'none',
        reducedMotion: options.reducedMotion,
      },
    };
  }
  // With its handles given, React Flow no longer measures a card: its measured size is given too
  // (the size its wrapper is drawn at), so the fit-view button still counts every card.
  const interactive = {
    ...common,
    handles: handlesOf(node),
    measured: { width: node.width, height: node.height },
  };
  if (node.kind === 'more') {
    const count = node.a11y.params.count ?? node.label;
    return {
      ...interactive,
      type: 'more',
      data: {
        name: translateSceneText(options.t, node.a11y),
        text: options.t('diagram.more', { count }),
        parent: node.parent ?? '',
        emphasis: 'none',
        reducedMotion: options.reducedMotion,
      },
    };
  }
  if (containerKinds.has(node.kind))
    return { ...interactive, type: 'container', data: cardData(node, false, options) };
  return { ...interactive, type: 'element', data: cardData(node, isCompactCard(node), options) };
}

/** The node as drawn when emphasised: a class on React Flow's wrapper and a pulse on the card. */
function emphasised(node: DiagramFlowNode): DiagramFlowNode {
  if (node.type === 'zone') return node;
  const data = { ...node.data, emphasis: 'on' as Emphasis };
  return { ...node, className: 'is-emphasised', data } as DiagramFlowNode;
}

/** The node as drawn when it plays no part at this moment: faded (a class on the wrapper). */
const dimmedForms = new WeakMap<DiagramFlowNode, DiagramFlowNode>();
function dimmedForm(node: DiagramFlowNode): DiagramFlowNode {
  let form = dimmedForms.get(node);
  if (!form) dimmedForms.set(node, (form = { ...node, className: 'is-dimmed' }));
  return form;
}

/** The emphasised form of each base node, made once (base nodes are kept while unchanged). */
const emphasisedForms = new WeakMap<DiagramFlowNode, DiagramFlowNode>();

/**
 * Lays the emphasis on `base` (from `toFlowNodes`). An emphasised node is made once per base node,
 * so a step that moves the highlight from one element to another hands React Flow two new node
 * objects, not 250, and the same highlight again hands it the very same objects. The others dim
 * through a class on the canvas (`has-emphasis`), not through each node.
 */
export function emphasise(
  base: readonly DiagramFlowNode[],
  emphasis: ReadonlySet<string>,
  dimmed: ReadonlySet<string> = new Set(),
): DiagramFlowNode[] {
  return base.map((node) => {
    if (node.type !== 'zone' && dimmed.has(node.id) && !emphasis.has(node.id))
      return dimmedForm(node);
    if (node.type === 'zone' || !emphasis.has(node.id)) return node;
    let form = emphasisedForms.get(node);
    if (!form) {
      form = emphasised(node);
      emphasisedForms.set(node, form);
    }
    return form;
  });
}

/**
 * The edges of a scene, drawn border to border. With a `cache`, an edge whose ends, kind and name
 * did not change keeps its object.
 */
export function toFlowEdges(
  scene: Scene,
  rects: ReadonlyMap<string, Rect>,
  t: Translate,
  cache?: ReuseCache<DiagramFlowEdge>,
  route: ReadonlySet<string> = new Set(),
): DiagramFlowEdge[] {
  const labels = new Map(scene.nodes.map((n) => [n.id, n.label]));
  return scene.edges.flatMap((edge): DiagramFlowEdge[] => {
    const source = rects.get(edge.source);
    const target = rects.get(edge.target);
    const geometry = edge.points
      ? polylineGeometry(edge.points)
      : source && target
        ? edgeGeometry(source, target)
        : null;
    if (!geometry) return [];
    const state: EdgeState = route.size === 0 ? 'plain' : route.has(edge.id) ? 'route' : 'off';
    const ariaLabel = t(`diagram.edge.${edge.kind}`, {
      source: labels.get(edge.source) ?? edge.source,
      target: labels.get(edge.target) ?? edge.target,
    });
    const build = () => toFlowEdge(edge, geometry, ariaLabel, state);
    if (!cache) return [build()];
    const key = `${edge.source}\n${edge.target}\n${edge.kind}\n${geometry.path}\n${geometry.arrow}\n${ariaLabel}\n${state}`;
    return [cache.get(edge.id, key, build)];
  });
}

function toFlowEdge(
  edge: SceneEdge,
  geometry: { path: string; arrow: string },
  ariaLabel: string,
  state: EdgeState,
): DiagramFlowEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'diagram',
    focusable: false,
    selectable: false,
    ariaLabel,
    // The packet's route is drawn above the other edges.
    ...(state === 'route' ? { zIndex: 1 } : {}),
    data: { kind: edge.kind, state, ...geometry },
  };
}
