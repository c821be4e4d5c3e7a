import type { ChapterId } from '../../lesson/chapters.ts';
import type { Lesson } from '../../lesson/lesson-time.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ChapterProse } from '../prose/ChapterProse.tsx';
import { StepFigure } from './StepFigure.tsx';
import './reading.css';

/**
 * Every step of the chapter on one page, prose beside a still diagram (the settled frame: the same
 * scene, badges and emphasis the player lands on): for reading and printing.
 */
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
  const indexOf = new Map(lesson.ok ? lesson.steps.map((step) => [step.id, step.index]) : []);
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
            const index = indexOf.get(id);
            return lesson.ok && index !== undefined ? (
              <StepFigure lesson={lesson} index={index} label={t('reading.figure', { title })} />
            ) : null;
          },
        }}
      />
    </div>
  );
}
