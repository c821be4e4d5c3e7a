import type { Drawing } from './drawing-shapes.ts';
import { DRAWING_FONT } from './drawing-style.ts';

/** Text for XML: element content and attribute values. */
export const xmlEscape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A coordinate with at most one decimal. */
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(drawing.width)}" height="${n(drawing.height)}" viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}" role="img" aria-labelledby="lbc-title" font-family="${xmlEscape(DRAWING_FONT)}">`,
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
