import { describe, expect, it } from 'vitest';
import { cameraAnchor } from '../../lesson/camera-anchor.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import { settledFrame } from '../../lesson/frame.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import { fittedView } from './fitted-view.ts';
import { absoluteRects } from './scene-geometry.ts';

// The chapter page's canvas at 1366 × 768.
const WIDTH = 1016;
const HEIGHT = 380;
/** What the camera may show past the scene's edge (its margin), in screen pixels. */
const SLACK = 16;

describe('fittedView on the chapter page, every settled step', () => {
  for (const [id, spec] of chapterSpecs)
    for (const mode of spec.modes)
      it(`shows no empty column or band past the scene's edges, and the step's anchor (${id}, ${mode})`, () => {
        const lesson = lessonOf(spec, mode);
        if (!lesson.ok) throw new Error('lesson');
        lesson.steps.forEach((step, index) => {
          const frame = settledFrame(lesson, index)!;
          const rects = absoluteRects(frame.scene);
          const anchor = cameraAnchor(frame);
          const view = fittedView(
            'readable',
            frame.scene,
            rects,
            [...frame.emphasis],
            anchor,
            WIDTH,
            HEIGHT,
            frame.subjects,
          );
          const where = `${step.id} (step ${index + 1})`;
          const left = view.x;
          const right = WIDTH - (view.x + frame.scene.width * view.zoom);
          const top = view.y;
          const bottom = HEIGHT - (view.y + frame.scene.height * view.zoom);
          if (frame.scene.width * view.zoom > WIDTH) {
            expect(left, `${where}: empty on the left`).toBeLessThanOrEqual(SLACK);
            expect(right, `${where}: empty on the right`).toBeLessThanOrEqual(SLACK);
          }
          if (frame.scene.height * view.zoom > HEIGHT) {
            expect(top, `${where}: empty above`).toBeLessThanOrEqual(SLACK);
            expect(bottom, `${where}: empty below`).toBeLessThanOrEqual(SLACK);
          }
          const at = anchor === null ? undefined : rects.get(anchor);
          if (at) {
            // The anchor's card is on the canvas, at least in part.
            const x0 = at.x * view.zoom + view.x;
            const y0 = at.y * view.zoom + view.y;
            expect(x0 < WIDTH && x0 + at.width * view.zoom > 0, `${where}: anchor across`).toBe(
              true,
            );
            expect(y0 < HEIGHT && y0 + at.height * view.zoom > 0, `${where}: anchor down`).toBe(
              true,
            );
          }
        });
      });
});

describe("fittedView keeps a step's declared focus together when it fits", () => {
  it('instance-mode "binding-and-status": the TargetGroupBinding and the Ingress, both whole', () => {
    const spec = chapterSpecs.get('instance-mode')!;
    const lesson = lessonOf(spec, 'instance');
    if (!lesson.ok) throw new Error('lesson');
    const index = lesson.steps.findIndex((s) => s.id === 'binding-and-status');
    const frame = settledFrame(lesson, index)!;
    expect(frame.subjects).toEqual([
      'tgb:default/domain-ingress-location-api:80',
      'ingress:default/domain-ingress',
    ]);
    const rects = absoluteRects(frame.scene);
    const view = fittedView(
      'readable',
      frame.scene,
      rects,
      [...frame.emphasis],
      cameraAnchor(frame),
      WIDTH,
      HEIGHT,
      frame.subjects,
    );
    for (const id of frame.subjects) {
      const r = rects.get(id)!;
      const top = r.y * view.zoom + view.y;
      const left = r.x * view.zoom + view.x;
      expect(top, `${id} top`).toBeGreaterThanOrEqual(0);
      expect(top + r.height * view.zoom, `${id} bottom`).toBeLessThanOrEqual(HEIGHT);
      expect(left, `${id} left`).toBeGreaterThanOrEqual(0);
      expect(left + r.width * view.zoom, `${id} right`).toBeLessThanOrEqual(WIDTH);
    }
  });
});
