import { chapterSpec } from './catalogue.ts';
import { runScenario } from './chapter-run.ts';
import type { ChapterId, ScenarioSource, TargetMode } from './chapters.ts';
import { lessonFromRun } from './fallback-lesson.ts';
import { lessonOf, type Lesson } from './lesson.ts';

/** What to build: a chapter in a mode, or other manifests in its place (the playground, a benchmark). */
export interface LessonRequest {
  chapterId: ChapterId;
  mode: TargetMode;
  custom?: ScenarioSource | null;
}

/**
 * Parses, reconciles, simulates, traces and resolves a chapter's steps (cached per chapter, mode
 * and variant). This is the heavy part: the app runs it in a Web Worker.
 */
export function buildLesson(request: LessonRequest): Lesson {
  if (request.custom)
    return lessonFromRun(runScenario(request.custom, request.mode), request.chapterId);
  const spec = chapterSpec(request.chapterId);
  if (spec.steps.length === 0) {
    const source: ScenarioSource = {
      files: { instance: spec.scenario, ip: spec.scenario },
      url: spec.request.url,
      seed: spec.request.seed,
      targetTypeFromMode: true,
    };
    return lessonFromRun(runScenarioOnce(spec.id, source, request.mode), spec.id);
  }
  return lessonOf(spec, request.mode);
}

const playgroundSources = new Map<ChapterId, ScenarioSource>();
/** One source object per chapter, so the run cache (keyed by source) hits. */
function runScenarioOnce(id: ChapterId, source: ScenarioSource, mode: TargetMode) {
  let kept = playgroundSources.get(id);
  if (!kept) playgroundSources.set(id, (kept = source));
  return runScenario(kept, mode);
}
