import type { Drawing } from './drawing-shapes.ts';
import { DRAWING_FONT } from './drawing-style.ts';

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
        ctx.font = `${s.bold ? '700 ' : ''}${s.size}px ${DRAWING_FONT}`;
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
