import type {
  EdgeKind,
  SceneEdge,
  SceneNode,
  SceneNodeKind,
  SceneText,
  Tone,
} from './scene-model.ts';
import { diagramId } from './diagram-ids.ts';
import { L } from './layout-constants.ts';
import { detailLineCount } from './detail-lines.ts';
import { NAME_LINE_HEIGHT, nameLineCount } from './name-lines.ts';

/** Shared layout primitives: a node list under construction and vertical stacking. */
export const text = (key: string, params: Record<string, string | number> = {}): SceneText => ({
  key,
  params,
});

export interface Builder {
  nodes: SceneNode[];
  edges: SceneEdge[];
  order: number;
}

export function add(b: Builder, node: Omit<SceneNode, 'order'>): SceneNode {
  const full = { ...node, order: b.order++ };
  b.nodes.push(full);
  return full;
}

export const edgeId = (kind: EdgeKind, source: string, target: string) =>
  `${kind}:${source}->${target}`;

/** Adds an edge once; `requires`: it is drawn only while those elements are drawn too. */
export const edge = (
  b: Builder,
  source: string,
  target: string,
  kind: EdgeKind,
  requires?: string[],
) => {
  const id = edgeId(kind, source, target);
  const known = b.edges.find((e) => e.id === id);
  if (!known) b.edges.push({ id, source, target, kind, ...(requires ? { requires } : {}) });
  else if (known.requires && requires) known.requires = [...known.requires, ...requires];
  else if (known.requires) delete known.requires;
};

export interface ItemSpec {
  id: string;
  kind: SceneNodeKind;
  label: string;
  detail?: string | null;
  badge?: { tone: Tone; text: SceneText } | null;
  a11y: SceneText;
  /** What a row is, when its icon alone does not say (a compact row shows no kind). */
  caption?: SceneText;
  ref?: { type: string; key: string } | null;
  /** Other names the card shows later in the run (a rule rewritten by ModifyRule): room for them. */
  laterLabels?: readonly string[];
  /** A detail the row takes later in the run (an Ingress's address): room for it, on its lines. */
  laterDetail?: string;
  /** The row shows a warning later in the run: its badge gets a line of its own, under the detail. */
  laterBadgeLine?: boolean;
}

/** Stacks items top to bottom inside `parent`, starting at y; returns the next free y. */
export function stackItems(
  b: Builder,
  parent: string,
  items: readonly ItemSpec[],
  x: number,
  y: number,
  height: number = L.item.height,
  width: number = L.item.width,
): number {
  let cursor = y;
  for (const item of items) {
    // A row under 44 units is a compact card (its name in the smaller font).
    const lines = Math.max(
      ...[item.label, ...(item.laterLabels ?? [])].map((label) =>
        nameLineCount(label, width, height < 44),
      ),
    );
    const details = item.laterDetail ? detailLineCount(item.laterDetail, width) : 1;
    const badgeLine = item.laterBadgeLine ? 1 : 0;
    const grown = height + (lines - 1 + details - 1 + badgeLine) * NAME_LINE_HEIGHT;
    add(b, {
      parent,
      x,
      y: cursor,
      width,
      height: grown,
      label: item.label,
      ...(lines > 1 ? { nameLines: lines } : {}),
      ...(details > 1 ? { detailLines: details } : {}),
      ...(badgeLine ? { badgeLine: true } : {}),
      detail: item.detail ?? null,
      badge: item.badge ?? null,
      a11y: item.a11y,
      ...(item.caption ? { caption: item.caption } : {}),
      ref: item.ref ?? null,
      id: item.id,
      kind: item.kind,
    });
    cursor += grown + L.gap;
  }
  return cursor;
}

/**
 * A container card's header (kind, detail and badge; then its name): taller by a line for each
 * extra line its name needs. Its children start below it.
 */
export function containerHeader(
  label: string,
  width: number,
): { height: number; nameLines?: number } {
  const lines = nameLineCount(label, width, false);
  return lines > 1
    ? { height: L.cardHeader + (lines - 1) * NAME_LINE_HEIGHT, nameLines: lines }
    : { height: L.cardHeader };
}

export function placeZone(
  b: Builder,
  zone: Parameters<typeof diagramId.zone>[0],
  x: number,
  width: number,
): SceneNode {
  return add(b, {
    id: diagramId.zone(zone),
    kind: 'zone',
    parent: null,
    x,
    y: 0,
    width,
    height: 0,
    label: zone,
    detail: null,
    badge: null,
    a11y: text('a11y.zone', { zone }),
    ref: null,
  });
}

/**
 * The fold control of a group: "+N more" while `hidden` items are folded away, "show fewer"
 * once the reader expanded a group larger than `limit`; nothing for a small group.
 */
export function stackFold(
  b: Builder,
  parent: string,
  total: number,
  limit: number,
  expanded: boolean,
  y: number,
): number {
  if (total <= limit) return y;
  const folded = !expanded;
  const item = folded
    ? {
        id: diagramId.more(parent),
        kind: 'more' as const,
        label: `+${total - limit}`,
        a11y: text('a11y.more', { count: total - limit }),
      }
    : {
        id: diagramId.less(parent),
        kind: 'more' as const,
        label: '−',
        a11y: text('a11y.less', { count: total - limit }),
      };
  return stackItems(b, parent, [item], L.pad, y, L.row.height);
}
