import { useMemo } from 'react';
import type { ChapterId } from '../../lesson/chapters.ts';
import { settledFrame } from '../../lesson/frame.ts';
import type { Lesson } from '../../lesson/lesson-time.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ChapterProse } from '../prose/ChapterProse.tsx';
import { StaticDiagram, type StaticFigure } from './StaticDiagram.tsx';
import './reading.css';

/** The settled frame of every step: the same scene, badges and emphasis the player lands on. */
function useStepFigures(lesson: Lesson) {
  return useMemo(() => {
    const figures = new Map<string, StaticFigure>();
    if (!lesson.ok) return figures;
    for (const step of lesson.steps) {
      const frame = settledFrame(lesson, step.index);
      if (frame)
        figures.set(step.id, {
          scene: frame.scene,
          emphasis: frame.emphasis,
          route: frame.route,
          dimmed: frame.dimmed,
        });
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
              <StaticDiagram {...figure} label={t('reading.figure', { title })} />
            ) : null;
          },
        }}
      />
    </div>
  );
}
