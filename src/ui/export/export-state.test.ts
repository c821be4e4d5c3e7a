import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../lesson/build-lesson.ts';
import { settledFrame } from '../../lesson/frame.ts';
import {
  exportStateJson,
  parseExportState,
  searchOfExportState,
  stateFromSvg,
  type ExportState,
} from '../../state/export-state.ts';
import { parseUrl } from '../../state/url-sync.ts';
import { readTextChunks, withTextChunk } from './png-text.ts';
import { drawingToSvg } from './drawing-svg.ts';
import { drawingOf } from './scene-drawing.ts';

const state: ExportState = {
  chapter: 'ip-mode',
  step: 'register-targets',
  mode: 'ip',
  lang: 'ko',
  scenario: null,
};
// A 1×1 PNG.
const tinyPng = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

describe('the state in exported files', () => {
  it('round-trips through JSON, and the address it opens says the same', () => {
    const back = parseExportState(exportStateJson(state));
    expect(back).toEqual(state);
    const url = parseUrl(searchOfExportState(back!), ['en']);
    expect(url).toMatchObject({
      chapterId: 'ip-mode',
      step: 'register-targets',
      mode: 'ip',
      locale: 'ko',
      problems: [],
    });
    const withScenario = {
      ...state,
      chapter: 'playground' as const,
      step: '3',
      scenario: 'N4Ig-abc_123',
    };
    expect(parseExportState(exportStateJson(withScenario))).toEqual(withScenario);
    expect(searchOfExportState(withScenario)).toContain('scenario=N4Ig-abc_123');
  });

  it.each([
    ['not JSON', '{'],
    ['another app', JSON.stringify({ ...state, app: 'x', version: 1 })],
    ['no version', JSON.stringify({ ...state, app: 'lbc-explainer' })],
    [
      'an unknown chapter',
      JSON.stringify({ app: 'lbc-explainer', version: 1, ...state, chapter: 'nope' }),
    ],
    [
      'markup as the step',
      JSON.stringify({ app: 'lbc-explainer', version: 1, ...state, step: '<b>' }),
    ],
    [
      'a bad scenario',
      JSON.stringify({ app: 'lbc-explainer', version: 1, ...state, scenario: 'a b"' }),
    ],
  ])('rejects %s', (_name, text) => {
    expect(parseExportState(text)).toBeNull();
  });

  it('is carried by the SVG of a settled frame, with the chapter id in the text', async () => {
    const lesson = await buildLesson({ chapterId: 'ip-mode', mode: 'ip', custom: null });
    if (!lesson.ok) throw new Error('ip-mode did not resolve');
    const frame = settledFrame(lesson, 3)!;
    const drawing = drawingOf(frame, {
      theme: 'dark',
      caption: 'ip-mode "4" <of> 10',
      narration: '',
      label: (n) => n.label,
      headline: (n) => n.kind,
      badge: () => null,
    });
    const svg = drawingToSvg(drawing, {
      title: 'ip-mode, step 4',
      description: 'd & d',
      metadata: exportStateJson({ ...state, step: lesson.steps[3]!.id }),
    });
    expect(svg).toContain('ip-mode');
    expect(svg).toContain('&lt;of&gt;');
    expect(svg).not.toContain('<of>');
    expect(stateFromSvg(svg)).toEqual({ ...state, step: lesson.steps[3]!.id });
    expect(stateFromSvg(svg.replace('lbc-explainer-state', 'other'))).toBeNull();
    // Every node of the scene is drawn.
    for (const node of frame.scene.nodes.slice(0, 5)) expect(svg).toContain(node.label.slice(0, 8));
  });

  it('is carried by a PNG text chunk, and a damaged chunk is ignored', () => {
    const json = exportStateJson({ ...state, lang: 'en' });
    const png = withTextChunk(tinyPng, 'lbc-explainer', json);
    expect(png.length).toBeGreaterThan(tinyPng.length);
    const text = readTextChunks(png).get('lbc-explainer');
    expect(parseExportState(text!)).toEqual({ ...state, lang: 'en' });
    const damaged = png.slice();
    damaged[damaged.length - 20] = (damaged[damaged.length - 20] ?? 0) ^ 0xff;
    expect(readTextChunks(damaged).get('lbc-explainer')).toBeUndefined();
    expect(readTextChunks(new Uint8Array([1, 2, 3])).size).toBe(0);
  });
});
