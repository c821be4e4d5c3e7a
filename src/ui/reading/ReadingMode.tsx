import { useMemo } from 'react';
import type { ChapterId } from '../../lesson/chapters.ts';
import { partAt, type Lesson } from '../../lesson/lesson.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Scene } from '../../scene/scene-model.ts';
import { timelineScenes } from '../../scene/timeline-scene.ts';
import { ChapterProse } from '../prose/ChapterProse.tsx';
import { visibleResolver } from '../chapter/visible-element.ts';
import { StaticDiagram } from './StaticDiagram.tsx';
import './reading.css';

/** The scene at the end of a step: its last part's (a packet hop shows the whole world). */
function useStepFigures(lesson: Lesson) {
  return useMemo(() => {
    const figures = new Map<string, { scene: Scene; emphasis: Set<string> }>();
    if (!lesson.ok) return figures;
    const scenesByVariant = new Map(
      Object.entries(lesson.runs).map(([name, run]) => [
        name,
        run.ok ? timelineScenes(run.sceneInput, run.events) : null,
      ]),
    );
    for (const step of lesson.steps) {
      const scenes = scenesByVariant.get(step.variant);
      const run = lesson.runs[step.variant];
      if (!scenes || !run?.ok) continue;
      const last = partAt(step, step.endMs);
      const scene = last.kind === 'packet' ? scenes.universe : scenes.at(last.sceneIndex).scene;
      const visible = visibleResolver(scene, run.sceneInput);
      const touched =
        last.kind === 'packet'
          ? [last.segment.to]
          : last.kind === 'event'
            ? last.events.flatMap((e) => e.focus)
            : [];
      figures.set(step.id, { scene, emphasis: new Set([...touched, ...step.focus].map(visible)) });
    }
    return figures;
  }, [lesson]);
}

/** Every step of the chapter on one page, prose beside a still diagram: for reading and printing. */
export function ReadingMode({
  chapterId,
  locale,
  lesson,
}: {
  chapterId: ChapterId;
  locale: Locale;
  lesson: Lesson;
}) {
  const t = useTranslate();
  const figures = useStepFigures(lesson);
  return (
    <div className="reading">
      <p className="reading-lead">{t('reading.lead')}</p>
      <ChapterProse
        chapterId={chapterId}
        locale={locale}
        lesson={lesson}
        slot={{
          kind: 'all',
          renderStepFigure: (id, title) => {
            const figure = figures.get(id);
            return figure ? (
              <StaticDiagram
                scene={figure.scene}
                emphasis={figure.emphasis}
                label={t('reading.figure', { title })}
              />
            ) : null;
          },
        }}
      />
    </div>
  );
}
