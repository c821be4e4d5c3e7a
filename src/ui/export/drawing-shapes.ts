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
      points: Point[];
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

export type Point = { x: number; y: number };

/** A rectangle in drawing coordinates (where a card's letters are, where a label may go). */
export type Box = { x: number; y: number; w: number; h: number };
