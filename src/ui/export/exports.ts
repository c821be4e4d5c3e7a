import { frameAt, settledFrame, type Frame, type OkLesson } from '../../lesson/frame.ts';
import { GROUP_KINDS, type SceneNode } from '../../scene/scene-model.ts';
import type { Translate } from '../../i18n/translate.ts';
import { exportStateJson, type ExportState } from '../../state/export-state.ts';
import { stepNarration } from '../chapter/step-narration.ts';
import { cardHeadline, groupTitle } from '../diagram/scene-to-react-flow.ts';
import { translateSceneText } from '../diagram/translate-scene-text.ts';
import type { GifFrame, GifRequest } from './gif-encode.ts';
import { flowchartOf, sequenceOf } from './mermaid-export.ts';
import { embeddedFontCss } from './embed-font.ts';
import { withTextChunk } from './png-text.ts';
import type { Drawing } from './drawing-shapes.ts';
import type { DrawingTheme } from './drawing-style.ts';
import { drawingToSvg } from './drawing-svg.ts';
import { paintDrawing } from './paint-drawing.ts';
import { drawingOf } from './scene-drawing.ts';

/**
 * The exports of the Share / Embed dialog, loaded on first use. Every picture is drawn from the
 * frame function: the frame on screen (SVG, PNG, Mermaid) or the frames of the current step
 * (GIF).
 */
export interface ExportContext {
  lesson: OkLesson;
  simulatedMs: number;
  expanded: ReadonlySet<string>;
  t: Translate;
  theme: DrawingTheme;
  state: ExportState;
  chapterTitle: string;
}

export const PNG_KEYWORD = 'lbc-explainer';
/** The GIF's width in pixels (its height follows the scene). */
export const GIF_WIDTH = 800;

/** A group's title, a card's name and kind line, as the canvas words them. */
function wordsOf(t: Translate) {
  return {
    label: (node: SceneNode) => {
      if (GROUP_KINDS.has(node.kind)) return groupTitle(node, t).title;
      if (node.kind === 'more')
        return t('diagram.more', { count: node.a11y.params.count ?? node.label });
      return node.label;
    },
    // No kind line that only repeats the name ("DNS", "STS").
    headline: (node: SceneNode) => {
      const line = cardHeadline(node, null, t);
      return line === node.label ? '' : line;
    },
    badge: (node: SceneNode) => (node.badge ? translateSceneText(t, node.badge.text) : null),
  };
}

/** The frame on screen (a clock outside any step reads the last step's settled frame). */
export function currentFrame(ctx: ExportContext): Frame {
  const frame =
    frameAt(ctx.lesson, ctx.simulatedMs, { expanded: ctx.expanded, reducedMotion: true }) ??
    settledFrame(ctx.lesson, ctx.lesson.steps.length - 1, { expanded: ctx.expanded });
  if (!frame) throw new Error('this lesson has no steps');
  return frame;
}

function captionOf(ctx: ExportContext, frame: Frame): string {
  return ctx.t('export.title', {
    chapter: ctx.chapterTitle,
    step: frame.stepIndex + 1,
    total: ctx.lesson.steps.length,
    mode: ctx.lesson.mode,
  });
}

function drawing(ctx: ExportContext, frame: Frame): Drawing {
  return drawingOf(frame, {
    theme: ctx.theme,
    caption: captionOf(ctx, frame),
    narration: stepNarration(
      ctx.t,
      frame.run,
      frame.part,
      frame.stepIndex,
      ctx.lesson.steps.length,
      ctx.lesson.steps[frame.stepIndex]?.parts,
    ),
    ...wordsOf(ctx.t),
  });
}

export { fileName } from './file-name.ts';

export function mermaidOf(ctx: ExportContext): { flowchart: string; sequence: string } {
  const frame = currentFrame(ctx);
  const title = `${captionOf(ctx, frame)} · ${ctx.state.chapter}`;
  return {
    flowchart: flowchartOf(frame, { title, label: wordsOf(ctx.t).label }),
    sequence: sequenceOf(frame, { title }),
  };
}

export function svgOf(ctx: ExportContext, fontCss = ''): string {
  const frame = currentFrame(ctx);
  const caption = captionOf(ctx, frame);
  return drawingToSvg(drawing(ctx, frame), {
    title: `${caption} · ${ctx.state.chapter}`,
    description: `${ctx.t('app.title')}: chapter=${ctx.state.chapter} step=${ctx.state.step} mode=${ctx.state.mode}`,
    metadata: exportStateJson(ctx.state),
    fontCss,
  });
}

/** The SVG file: with Hangul in it, the Korean font's slices it needs travel inside it. */
export async function svgFileOf(ctx: ExportContext): Promise<string> {
  const d = drawing(ctx, currentFrame(ctx));
  const text = d.shapes.map((s) => (s.kind === 'text' ? s.text : '')).join('');
  return svgOf(ctx, await embeddedFontCss(text, ['400', '700']));
}

/** Makes sure the page's font has the glyphs the drawing uses before a canvas paints them. */
async function loadFonts(drawings: Drawing[]): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const text = [
    ...new Set(
      drawings.flatMap((d) => d.shapes.flatMap((s) => (s.kind === 'text' ? [...s.text] : []))),
    ),
  ].join('');
  await Promise.all(
    ['400', '700'].map((weight) =>
      document.fonts.load(`${weight} 13px 'Noto Sans KR'`, text).catch(() => []),
    ),
  );
}

function canvasOf(
  d: Drawing,
  width: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D; scale: number } {
  const scale = width / d.width;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width);
  canvas.height = Math.round(d.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return { canvas, ctx, scale };
}

export async function pngOf(ctx: ExportContext): Promise<Blob> {
  const d = drawing(ctx, currentFrame(ctx));
  await loadFonts([d]);
  // Twice the scene's size, for sharp text on a wiki page.
  const { canvas, ctx: c, scale } = canvasOf(d, Math.min(d.width * 2, 4000));
  paintDrawing(c, d, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  const bytes = withTextChunk(
    new Uint8Array(await blob.arrayBuffer()),
    PNG_KEYWORD,
    exportStateJson(ctx.state),
  );
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/** Frames per virtual second in the GIF, and how long its last (settled) frame holds. */
const GIF_FPS = 10;
const HOLD_MS = 1500;
const MAX_FRAMES = 60;

/** Times of the current step to draw: evenly through it, ending on its settled frame. */
export function gifTimes(lesson: OkLesson, stepIndex: number): number[] {
  const step = lesson.steps[stepIndex];
  if (!step) return [];
  const span = Math.max(step.endMs - step.startMs, 1);
  const count = Math.min(MAX_FRAMES, Math.max(8, Math.round((span / 1000) * GIF_FPS)));
  return Array.from({ length: count }, (_, i) => step.startMs + (span * i) / count).concat(
    step.endMs,
  );
}

/** Encodes in a Web Worker (gifenc); the frames' pixels are transferred, not copied. */
function encodeInWorker(request: GifRequest): Promise<Uint8Array> {
  const worker = new Worker(new URL('./gif.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ bytes?: Uint8Array; error?: string }>) => {
      worker.terminate();
      if (event.data.bytes) resolve(event.data.bytes);
      else reject(new Error(event.data.error ?? 'the GIF could not be encoded'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the GIF worker did not start'));
    };
    worker.postMessage(
      request,
      request.frames.map((f) => f.rgba.buffer as ArrayBuffer),
    );
  });
}

/** A short loop of the current step: the packet (or the controller's token) on its way. */
export async function gifOf(
  ctx: ExportContext,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const stepIndex = currentFrame(ctx).stepIndex;
  const times = gifTimes(ctx.lesson, stepIndex);
  const frames = times.map(
    (t) => frameAt(ctx.lesson, t, { expanded: ctx.expanded }) ?? currentFrame(ctx),
  );
  const drawings = frames.map((f) => drawing(ctx, f));
  await loadFonts(drawings);
  const render = async (): Promise<GifRequest> => {
    const { canvas, ctx: c, scale } = canvasOf(drawings[0]!, GIF_WIDTH);
    const out: GifFrame[] = [];
    for (let i = 0; i < drawings.length; i++) {
      paintDrawing(c, drawings[i]!, scale);
      const pixels = c.getImageData(0, 0, canvas.width, canvas.height).data;
      const last = i === drawings.length - 1;
      out.push({ rgba: pixels, delay: last ? HOLD_MS : Math.round(1000 / GIF_FPS) });
      onProgress?.(i + 1, drawings.length);
      // Yield between frames, so no single task holds the page.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return { width: canvas.width, height: canvas.height, frames: out };
  };
  let bytes: Uint8Array;
  try {
    bytes = await encodeInWorker(await render());
  } catch {
    // No worker here (a locked-down page, a file:// copy): the same encoder on this thread.
    bytes = (await import('./gif-encode.ts')).encodeGif(await render());
  }
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
}

/** Saves a file through a temporary link. */
export function download(data: Blob | string, name: string, type = 'image/svg+xml'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
