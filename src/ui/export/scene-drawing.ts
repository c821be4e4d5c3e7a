import type { Frame } from '../../lesson/frame.ts';
import { cardShapes, containerShapes, containerTest, type CardWords } from './drawing-cards.ts';
import { edgeShapes } from './drawing-edges.ts';
import { packetShapes } from './drawing-packet.ts';
import { placeNodes } from './drawing-placement.ts';
import type { Drawing, Shape } from './drawing-shapes.ts';
import { palettes, type DrawingTheme } from './drawing-style.ts';
import { fitText, wrapText } from './text-fit.ts';

/*
 * A frame as a picture, in layers: the caption and narration, the boxes that hold others
 * (drawing-cards.ts), the connections (drawing-edges.ts), the cards, the packet
 * (drawing-packet.ts). The shapes are in drawing-shapes.ts; drawing-svg.ts and paint-drawing.ts
 * paint them.
 */

const PAD = 12;
const CAPTION_SIZE = 16;
const NARRATION_SIZE = 13;
const NARRATION_LINE = 18;
const MAX_NARRATION_LINES = 3;

/** Height of the band above the diagram: the caption, then the narration's lines. */
export function headerHeight(narrationLines: number): number {
  return 30 + narrationLines * NARRATION_LINE + (narrationLines > 0 ? 8 : 0);
}

export interface DrawingOptions extends CardWords {
  theme: DrawingTheme;
  /** The caption above the diagram (chapter, step, mode). */
  caption: string;
  /** The step's narration (what happens now), printed under the caption. */
  narration: string;
}

/** The shapes of one frame: the scene with its emphasis, and the packet where it is. */
export function drawingOf(frame: Frame, options: DrawingOptions): Drawing {
  const colors = palettes[options.theme];
  const { scene } = frame;
  const width = scene.width + PAD * 2;
  const narration = wrapText(
    options.narration,
    width - PAD * 2,
    NARRATION_SIZE,
    MAX_NARRATION_LINES,
  );
  const top = PAD + headerHeight(narration.length);
  const origin = { x: PAD, y: top };
  const boxes = placeNodes(scene, origin);
  const header: Shape[] = [
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
  const isContainer = containerTest(scene.nodes);
  const placed = [...boxes.values()];
  const containers = containerShapes(
    placed.filter((b) => isContainer(b.node)),
    frame.emphasis,
    options,
    colors,
  );
  const edges = edgeShapes(scene, boxes, origin, frame, colors);
  const cards = cardShapes(
    placed.filter((b) => !isContainer(b.node)),
    frame.emphasis,
    options,
    colors,
  );
  const lettered = [...containers.lettered, ...cards.lettered];
  const packet = frame.packet
    ? packetShapes(frame.packet, scene, boxes, { origin, width, top, lettered }, colors)
    : [];
  return {
    width,
    height: scene.height + PAD + top,
    background: colors.background,
    shapes: [...header, ...containers.shapes, ...edges, ...cards.shapes, ...packet],
  };
}
