import type { Frame } from '../../lesson/frame.ts';
import {
  NAME_LINE_HEIGHT,
  extraNameHeight,
  isCompactCard,
  nameLinesOf,
} from '../../scene/name-lines.ts';
import { GROUP_KINDS, type SceneEdge, type SceneNode } from '../../scene/scene-model.ts';

/**
 * A frame as a flat list of shapes in scene units: boxes, connections, names, the packet. One
 * list, two painters: SVG text (`drawingToSvg`) and a canvas (`paintDrawing`, for PNG and GIF,
 * where the page's own fonts are available).
 */
export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      r: number;
      fill: string;
      stroke: string;
      width: number;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash: boolean;
    }
  | {
      kind: 'path';
      points: { x: number; y: number }[];
      stroke: string;
      width: number;
      dash: boolean;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold: boolean;
      fill: string;
      /** `end`: x is where the text ends (a badge at a card's right edge). */
      anchor?: 'start' | 'end';
      /** A ring of this colour under the letters, so a line crossing them never hides them. */
      halo?: string;
    }
  | { kind: 'pill'; x: number; y: number; w: number; h: number; fill: string; stroke: string }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; stroke: string };

export interface Drawing {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

export type DrawingTheme = 'light' | 'dark';

const palettes = {
  light: {
    background: '#ffffff',
    text: '#1b2333',
    muted: '#4f5b70',
    container: '#f3f6fc',
    containerStroke: '#c5cedd',
    item: '#ffffff',
    itemStroke: '#9aa6ba',
    edge: '#7c889c',
    emphasis: '#d9480f',
    emphasisFill: '#fff1e8',
    request: '#1f5fbf',
    response: '#0f7a55',
  },
  dark: {
    background: '#10141c',
    text: '#e4e8f1',
    muted: '#a9b3c6',
    container: '#181e29',
    containerStroke: '#3a4458',
    item: '#1f2735',
    itemStroke: '#56627a',
    edge: '#8793a8',
    emphasis: '#ff8a4c',
    emphasisFill: '#3a2418',
    request: '#86b4ff',
    response: '#5fd0a4',
  },
} as const;

/** The point a fraction of the way along a polyline. */
function alongRoute(points: { x: number; y: number }[], fraction: number) {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (left <= length && length > 0) {
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    }
    left -= length;
  }
  return points.at(-1)!;
}

const PAD = 12;
const CAPTION_SIZE = 16;
const NARRATION_SIZE = 13;
const NARRATION_LINE = 18;
const MAX_NARRATION_LINES = 3;

/** How wide a character is, in em (an estimate: exports have no layout engine). */
const charEm = (c: string) =>
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff]/.test(c) ? 1 : 0.58;

/** About how wide text is at a size. */
const textWidthOf = (text: string, size: number) =>
  [...text].reduce((sum, c) => sum + charEm(c) * size, 0);

/** Cuts text to about what fits in a width. */
export function fitText(text: string, width: number, size: number): string {
  let used = 0;
  let out = '';
  for (const c of text) {
    used += charEm(c) * size;
    if (used > width) return `${out.slice(0, -1)}…`;
    out += c;
  }
  return out;
}

/** Breaks text into lines of about `width` at spaces; a last line that is cut ends in "…". */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const widthOf = (t: string) => textWidthOf(t, size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && widthOf(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, width, size));
  // The rest joined onto the last line is longer than the width: fitText cuts it with "…".
  return [
    ...lines.slice(0, maxLines - 1),
    fitText(lines.slice(maxLines - 1).join(' '), width, size),
  ];
}

/** Height of the band above the diagram: the caption, then the narration's lines. */
export function headerHeight(narrationLines: number): number {
  return 30 + narrationLines * NARRATION_LINE + (narrationLines > 0 ? 8 : 0);
}

export interface DrawingOptions {
  theme: DrawingTheme;
  /** The caption above the diagram (chapter, step, mode). */
  caption: string;
  /** The step's narration (what happens now), printed under the caption. */
  narration: string;
  /** A group's title ("VPC 10.0.0.0/16", "Availability Zone us-west-2a"), else the node's name. */
  label: (node: SceneNode) => string;
  /** A card's kind line as the canvas tells it ("Pod · 10.0.2.103", "ip · HTTP:8000"). */
  headline: (node: SceneNode) => string;
  /** A card's badge ("ready", "4/4 healthy"), or null. */
  badge: (node: SceneNode) => string | null;
}

type Box = { x: number; y: number; w: number; h: number };
const hits = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The shapes of one frame: the scene with its emphasis, and the packet where it is. */
export function drawingOf(frame: Frame, options: DrawingOptions): Drawing {
  const colors = palettes[options.theme];
  const { scene } = frame;
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const parents = new Set(scene.nodes.map((n) => n.parent).filter((p) => p !== null));
  const width = scene.width + PAD * 2;
  const narration = wrapText(
    options.narration,
    width - PAD * 2,
    NARRATION_SIZE,
    MAX_NARRATION_LINES,
  );
  const top = PAD + headerHeight(narration.length);
  const boxes = new Map<string, { x: number; y: number; node: SceneNode }>();
  const place = (node: SceneNode): { x: number; y: number } => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parent ? byId.get(node.parent) : undefined;
    const origin = parent ? place(parent) : { x: PAD, y: top };
    const box = { x: origin.x + node.x, y: origin.y + node.y, node };
    boxes.set(node.id, box);
    return box;
  };
  scene.nodes.forEach(place);
  const center = (id: string) => {
    const b = boxes.get(id);
    return b ? { x: b.x + b.node.width / 2, y: b.y + b.node.height / 2 } : null;
  };

  const shapes: Shape[] = [
    {
      kind: 'text',
      x: PAD,
      y: PAD + 18,
      text: fitText(options.caption, width - PAD * 2, CAPTION_SIZE),
      size: CAPTION_SIZE,
      bold: true,
      fill: colors.text,
    },
    ...narration.map((line, i): Shape => ({
      kind: 'text',
      x: PAD,
      y: PAD + 30 + 14 + i * NARRATION_LINE,
      text: line,
      size: NARRATION_SIZE,
      bold: false,
      fill: colors.text,
    })),
  ];
  /** Where a card's letters are: a packet's label must not cover them. */
  const lettered: Box[] = [];
  const isContainer = (node: SceneNode) => parents.has(node.id) || GROUP_KINDS.has(node.kind);
  /** A card's two lines (kind line and name), drawn from its top-left corner. */
  const cardText = (x: number, y: number, node: SceneNode, halo: string) => {
    const room = node.width - 16;
    const badge = options.badge(node);
    const badgeRoom = badge ? Math.min(room / 2, textWidthOf(badge, 11) + 8) : 0;
    // Compact rows (pods, targets, rules) put the name first, as the canvas does.
    // A long name is broken over the lines the layout made room for (name-lines.ts).
    const compact = isCompactCard(node);
    const extra = extraNameHeight(node);
    const nameY = compact ? y + 16 : y + 33;
    const kindY = compact ? y + 31 + extra : y + 16;
    nameLinesOf(options.label(node), node).forEach((line, i) =>
      shapes.push({
        kind: 'text',
        x: x + 8,
        y: nameY + i * NAME_LINE_HEIGHT,
        text: fitText(line, room, 13),
        size: 13,
        bold: true,
        fill: colors.text,
        halo,
      }),
    );
    shapes.push({
      kind: 'text',
      x: x + 8,
      y: kindY,
      text: fitText(options.headline(node), room - badgeRoom, 11),
      size: 11,
      bold: false,
      fill: colors.muted,
      halo,
    });
    if (badge)
      shapes.push({
        kind: 'text',
        x: x + node.width - 8,
        y: kindY,
        text: fitText(badge, badgeRoom, 11),
        size: 11,
        bold: true,
        fill: colors.muted,
        anchor: 'end',
        halo,
      });
    lettered.push({ x, y, w: node.width, h: Math.min(node.height, 40 + extra) });
  };
  for (const { x, y, node } of boxes.values()) {
    if (!isContainer(node)) continue;
    const hot = frame.emphasis.has(node.id);
    const group = GROUP_KINDS.has(node.kind);
    shapes.push({
      kind: 'rect',
      x,
      y,
      w: node.width,
      h: node.height,
      r: 10,
      fill: group ? colors.container : colors.item,
      stroke: hot ? colors.emphasis : colors.containerStroke,
      width: hot ? 2.5 : 1,
    });
    if (!group) {
      cardText(x, y, node, colors.item);
      continue;
    }
    shapes.push({
      kind: 'text',
      x: x + 10,
      y: y + 19,
      text: fitText(options.label(node), node.width - 20, 13),
      size: 13,
      bold: true,
      fill: colors.muted,
      halo: colors.container,
    });
    lettered.push({ x, y, w: node.width, h: 26 });
  }
  const drawn = new Set(scene.nodes.map((node) => node.id));
  const packet = frame.packet;
  const onPacket = (edge: SceneEdge) =>
    packet !== null &&
    ((edge.source === packet.from && edge.target === packet.to) ||
      (edge.source === packet.to && edge.target === packet.from));
  /** The edge's line in drawing coordinates: its routed points, else centre to centre. */
  const lineOf = (edge: SceneEdge) => {
    if (edge.points && edge.points.length >= 2)
      return edge.points.map((p) => ({ x: p.x + PAD, y: p.y + top }));
    const a = center(edge.source);
    const b = center(edge.target);
    return a && b ? [a, b] : null;
  };
  for (const edge of scene.edges) {
    if (edge.routeOnly && !onPacket(edge)) continue;
    if (edge.requires && !edge.requires.every((id) => drawn.has(id))) continue;
    const points = lineOf(edge);
    if (!points) continue;
    const hot = frame.emphasis.has(edge.source) && frame.emphasis.has(edge.target);
    shapes.push({
      kind: 'path',
      points,
      stroke: hot ? colors.emphasis : colors.edge,
      width: hot ? 2.5 : 1.2,
      dash: edge.kind !== 'data',
    });
  }
  for (const { x, y, node } of boxes.values()) {
    if (isContainer(node)) continue;
    const hot = frame.emphasis.has(node.id);
    shapes.push({
      kind: 'rect',
      x,
      y,
      w: node.width,
      h: node.height,
      r: 8,
      fill: hot ? colors.emphasisFill : colors.item,
      stroke: hot ? colors.emphasis : colors.itemStroke,
      width: hot ? 2.5 : 1,
    });
    cardText(x, y, node, hot ? colors.emphasisFill : colors.item);
  }
  if (packet) {
    const edge = scene.edges.find(onPacket);
    let route = edge ? lineOf(edge) : null;
    if (route && edge && edge.source !== packet.from) route = [...route].reverse();
    if (!route) {
      const a = center(packet.from);
      const b = center(packet.to);
      route = a && b ? [a, b] : null;
    }
    if (route) {
      const { x, y } = alongRoute(route, Math.min(Math.max(packet.progress, 0), 1));
      const color = packet.direction === 'request' ? colors.request : colors.response;
      shapes.push({ kind: 'path', points: route, stroke: color, width: 3, dash: false });
      shapes.push({ kind: 'circle', x, y, r: 9, fill: color, stroke: colors.background });
      // The packet's label in a pill, where it covers no card's letters and stays in the picture.
      const w = textWidthOf(packet.label, 13) + 12;
      const h = 20;
      const spots: Box[] = [
        { x: x + 14, y: y - h - 4, w, h },
        { x: x - 14 - w, y: y - h - 4, w, h },
        { x: x + 14, y: y + 4, w, h },
        { x: x - 14 - w, y: y + 4, w, h },
        { x: x - w / 2, y: y - h - 14, w, h },
        { x: x - w / 2, y: y + 14, w, h },
      ];
      const within = (b: Box) => b.x >= 0 && b.x + b.w <= width && b.y >= top;
      const spot =
        spots.find((b) => within(b) && !lettered.some((l) => hits(b, l))) ??
        spots.find(within) ??
        spots[0]!;
      shapes.push({
        kind: 'pill',
        x: spot.x,
        y: spot.y,
        w: spot.w,
        h: spot.h,
        fill: colors.background,
        stroke: color,
      });
      shapes.push({
        kind: 'text',
        x: spot.x + 6,
        y: spot.y + 15,
        text: packet.label,
        size: 13,
        bold: true,
        fill: color,
      });
    }
  }
  return {
    width,
    height: scene.height + PAD + top,
    background: colors.background,
    shapes,
  };
}

const FONT =
  "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Segoe UI', system-ui, sans-serif";

/** Text for XML: element content and attribute values. */
export const xmlEscape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const n = (value: number) => String(Math.round(value * 10) / 10);

/** A standalone SVG document: a title, a description, the state as metadata, then the shapes. */
export function drawingToSvg(
  drawing: Drawing,
  meta: { title: string; description: string; metadata: string; fontCss?: string },
): string {
  const body = drawing.shapes.map((s) => {
    switch (s.kind) {
      case 'rect':
        return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" rx="${s.r}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.width}"/>`;
      case 'line':
        return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ' stroke-dasharray="5 4"' : ''}/>`;
      case 'path':
        return `<polyline points="${s.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ' stroke-dasharray="5 4"' : ''}/>`;
      case 'circle':
        return `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${s.r}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"/>`;
      case 'pill':
        return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" rx="${n(s.h / 2)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.5"/>`;
      case 'text': {
        const anchor = s.anchor === 'end' ? ' text-anchor="end"' : '';
        const halo = s.halo
          ? ` stroke="${s.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
          : '';
        return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${s.size}"${s.bold ? ' font-weight="700"' : ''}${anchor}${halo} fill="${s.fill}">${xmlEscape(s.text)}</text>`;
      }
    }
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(drawing.width)}" height="${n(drawing.height)}" viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}" role="img" aria-labelledby="lbc-title" font-family="${xmlEscape(FONT)}">`,
    `<title id="lbc-title">${xmlEscape(meta.title)}</title>`,
    `<desc>${xmlEscape(meta.description)}</desc>`,
    `<metadata id="lbc-explainer-state">${xmlEscape(meta.metadata)}</metadata>`,
    ...(meta.fontCss ? [`<defs><style>${meta.fontCss}</style></defs>`] : []),
    `<rect width="100%" height="100%" fill="${drawing.background}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Paints the shapes on a canvas, scaled (the canvas is `drawing.width × scale` wide). */
export function paintDrawing(ctx: CanvasRenderingContext2D, drawing: Drawing, scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = drawing.background;
  ctx.fillRect(0, 0, drawing.width, drawing.height);
  for (const s of drawing.shapes) {
    switch (s.kind) {
      case 'rect':
        ctx.beginPath();
        ctx.roundRect(s.x, s.y, s.w, s.h, s.r);
        ctx.fillStyle = s.fill;
        ctx.fill();
        ctx.lineWidth = s.width;
        ctx.strokeStyle = s.stroke;
        ctx.stroke();
        break;
      case 'line':
        ctx.beginPath();
        ctx.setLineDash(s.dash ? [5, 4] : []);
        ctx.moveTo(s.x1, s.y1);
        ctx.lineTo(s.x2, s.y2);
        ctx.lineWidth = s.width;
        ctx.strokeStyle = s.stroke;
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'path':
        ctx.beginPath();
        ctx.setLineDash(s.dash ? [5, 4] : []);
        s.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
        ctx.lineWidth = s.width;
        ctx.strokeStyle = s.stroke;
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
        ctx.fillStyle = s.fill;
        ctx.fill();
        ctx.lineWidth = 2;
        ctx.strokeStyle = s.stroke;
        ctx.stroke();
        break;
      case 'pill':
        ctx.beginPath();
        ctx.roundRect(s.x, s.y, s.w, s.h, s.h / 2);
        ctx.fillStyle = s.fill;
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = s.stroke;
        ctx.stroke();
        break;
      case 'text':
        ctx.font = `${s.bold ? '700 ' : ''}${s.size}px ${FONT}`;
        ctx.textAlign = s.anchor === 'end' ? 'end' : 'start';
        if (s.halo) {
          ctx.lineWidth = 3;
          ctx.lineJoin = 'round';
          ctx.strokeStyle = s.halo;
          ctx.strokeText(s.text, s.x, s.y);
        }
        ctx.fillStyle = s.fill;
        ctx.fillText(s.text, s.x, s.y);
        break;
    }
  }
  ctx.restore();
}
