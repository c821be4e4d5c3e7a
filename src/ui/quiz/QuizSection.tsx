import { use, useId } from 'react';
import { loadChapterSpec } from '../../lesson/load-chapter-spec.ts';
import type { Lesson } from '../../lesson/lesson-time.ts';
import type { ChapterId, TargetMode } from '../../lesson/chapters.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ChapterProse } from '../prose/ChapterProse.tsx';
import type { QuestionText } from '../prose/prose-slot.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { NextHopQuiz } from './NextHopQuiz.tsx';
import { RegisteredTargetQuiz } from './RegisteredTargetQuiz.tsx';
import './quiz.css';

interface QuizSectionProps {
  chapterId: ChapterId;
  lesson: Lesson;
  locale: Locale;
  mode: TargetMode;
  reducedMotion: boolean;
}

/** "Check your understanding": the chapter's questions, their text from its MDX. */
export function QuizSection({ chapterId, lesson, locale, mode, reducedMotion }: QuizSectionProps) {
  const t = useTranslate();
  const headingId = useId();
  // The questions come with the chapter's data (the page's Suspense waits for it).
  const spec = use(loadChapterSpec(chapterId));
  if (!lesson.ok || spec.quiz.length === 0) return null;
  const main = lesson.runs.main!;
  return (
    <section className="quiz" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('quiz.title')}</h3>
      <ol>
        {spec.quiz.map((question, i) => {
          const render = ({ lead, options, explain }: QuestionText) => {
            const leadNode = <div className="quiz-lead">{lead}</div>;
            switch (question.kind) {
              case 'choice':
                return (
                  <ChoiceQuestion
                    lead={lead}
                    options={question.options.map((id) => ({ id, label: options.get(id) ?? id }))}
                    answer={question.answer}
                    explain={explain}
                  />
                );
              case 'registered-target':
                return (
                  <RegisteredTargetQuiz scenario={spec.scenario} mode={mode} lead={leadNode} />
                );
              case 'next-hop': {
                const run = lesson.runs[question.variant ?? 'main'] ?? main;
                return (
                  <NextHopQuiz
                    run={run}
                    urls={question.urls}
                    mode={mode}
                    lead={leadNode}
                    reducedMotion={reducedMotion}
                  />
                );
              }
            }
          };
          return (
            <li
              key={question.id}
              className="quiz-question"
              data-question={question.id}
              data-kind={question.kind}
            >
              <h4>{t('quiz.question', { number: i + 1 })}</h4>
              <ChapterProse
                chapterId={spec.id}
                locale={locale}
                lesson={lesson}
                slot={{ kind: 'question', id: question.id, render }}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
