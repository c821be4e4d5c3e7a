// For `npm run bench:frames` (loaded through Vite's SSR loader, not part of the app): the diagram's
// geometry at every step of every chapter, in each target type, as the unit test
// (src/lesson/diagram-geometry.test.ts) checks it: edge–card crossings and label overlaps.
import { checkGeometry } from '../scene/geometry.ts';
import { chapterSpecs } from '../lesson/catalogue.ts';
import { chapterIds, type ChapterId, type TargetMode } from '../lesson/chapters.ts';
import { frameAt, settledFrame, type Frame } from '../lesson/frame.ts';
import { lessonOf } from '../lesson/lesson.ts';

export interface ChapterGeometry {
  chapter: ChapterId;
  mode: TargetMode;
  steps: number;
  crossings: number;
  overlaps: number;
}

export function chapterGeometry(): ChapterGeometry[] {
  return chapterIds
    .filter((id) => id !== 'playground')
    .flatMap((chapter) => {
      const spec = chapterSpecs.get(chapter);
      if (!spec) return [];
      return spec.modes.map((mode) => {
        const lesson = lessonOf(spec, mode);
        if (!lesson.ok) return { chapter, mode, steps: 0, crossings: -1, overlaps: -1 };
        const frames = lesson.steps.flatMap((step, index) =>
          [settledFrame(lesson, index), frameAt(lesson, step.startMs + 1)].filter(
            (f): f is Frame => f !== null,
          ),
        );
        const crossings = new Set<string>();
        const overlaps = new Set<string>();
        for (const frame of frames) {
          const report = checkGeometry(frame.scene);
          report.crossings.forEach((c) => crossings.add(`${c.edge} × ${c.node}`));
          report.overlaps.forEach((o) => overlaps.add(`${o.a} × ${o.b}`));
        }
        return {
          chapter,
          mode,
          steps: lesson.steps.length,
          crossings: crossings.size,
          overlaps: overlaps.size,
        };
      });
    });
}
