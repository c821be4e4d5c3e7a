import { describe, expect, it } from 'vitest';
import { cameraAnchor, cameraCompanions } from '../../lesson/camera-anchor.ts';
import { chapterSpecs } from '../../lesson/catalogue.ts';
import type { ChapterId } from '../../lesson/chapters.ts';
import { settledFrame } from '../../lesson/frame.ts';
import { lessonOf } from '../../lesson/lesson.ts';
import { fittedView, windowAround } from './fitted-view.ts';
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
            cameraCompanions(frame),
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

/** The settled step's view on the chapter page, and whether an element is wholly on the canvas. */
function viewOf(chapter: ChapterId, stepId: string) {
  const spec = chapterSpecs.get(chapter)!;
  const lesson = lessonOf(spec, 'instance');
  if (!lesson.ok) throw new Error('lesson');
  const frame = settledFrame(
    lesson,
    lesson.steps.findIndex((s) => s.id === stepId),
  )!;
  const rects = absoluteRects(frame.scene);
  const view = fittedView(
    'readable',
    frame.scene,
    rects,
    [...frame.emphasis],
    cameraAnchor(frame),
    WIDTH,
    HEIGHT,
    cameraCompanions(frame),
  );
  const inView = (id: string) => {
    const r = rects.get(id)!;
    const top = r.y * view.zoom + view.y;
    const left = r.x * view.zoom + view.x;
    return (
      top >= 0 &&
      top + r.height * view.zoom <= HEIGHT &&
      left >= 0 &&
      left + r.width * view.zoom <= WIDTH
    );
  };
  return { frame, inView };
}

describe("fittedView keeps a step's declared focus together when it fits", () => {
  it('instance-mode "binding-and-status": the TargetGroupBinding and the Ingress, both whole', () => {
    const { frame, inView } = viewOf('instance-mode', 'binding-and-status');
    expect(frame.subjects).toEqual([
      'tgb:default/domain-ingress-location-api:80',
      'ingress:default/domain-ingress',
    ]);
    for (const id of frame.subjects) expect(inView(id), id).toBe(true);
  });

  it('l4-vs-l7 "listeners-and-rules", too far apart for one view: the ALB\'s two rules its narration ends on', () => {
    const { frame, inView } = viewOf('l4-vs-l7', 'listeners-and-rules');
    expect(frame.subjects).toEqual([
      'listener:default/location-nlb/80',
      'rule:api/80/1',
      'rule:api/80/2',
    ]);
    expect(frame.subject).toBe('rule:api/80/2');
    expect(inView('rule:api/80/1'), 'rule 1').toBe(true);
    expect(inView('rule:api/80/2'), 'rule 2').toBe(true);
  });
});

describe('windowAround an anchor taller than the window', () => {
  it("shows the anchor's top (a node card's name), not its middle", () => {
    const node = { x: 100, y: 200, width: 280, height: 700 };
    const within = { x: 0, y: 0, width: 1200, height: 1400 };
    const shown = windowAround(node, within, 1018, 456);
    expect(shown.y).toBe(node.y);
    // A short anchor is centred, as before.
    const pod = { x: 100, y: 600, width: 250, height: 40 };
    const around = windowAround(pod, within, 1018, 456);
    expect(around.y + around.height / 2).toBeCloseTo(pod.y + pod.height / 2);
  });
});
