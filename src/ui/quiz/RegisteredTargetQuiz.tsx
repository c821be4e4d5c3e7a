import { useMemo, useState, type ReactNode } from 'react';
import type { TargetMode } from '../../lesson/chapters.ts';
import { registeredTargetQuestion } from '../../lesson/quiz/registered-target-question.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { freshSeed } from './fresh-seed.ts';

/** "Which IP:port is registered?", asked about a random NodePort, node or pod, graded by reconcile. */
export function RegisteredTargetQuiz({
  scenario,
  mode,
  lead,
}: {
  scenario: { name: string; text: string };
  mode: TargetMode;
  lead: ReactNode;
}) {
  const t = useTranslate();
  const [seed, setSeed] = useState(freshSeed);
  const question = useMemo(
    () => registeredTargetQuestion(scenario, mode, seed),
    [scenario, mode, seed],
  );
  if (!question) return null;
  const subject = t(
    question.subject.kind === 'node' ? 'quiz.registered.node' : 'quiz.registered.pod',
    {
      node: question.subject.name,
      pod: question.subject.name,
    },
  );
  return (
    <div className="quiz-registered">
      {lead}
      <ChoiceQuestion
        key={`${seed}/${mode}`}
        lead={t('quiz.registered.prompt', {
          service: question.service,
          nodePort: question.nodePort,
          targetPort: question.targetPort,
          mode,
          subject,
        })}
        options={question.options.map((o) => ({ id: o, label: <code>{o}</code> }))}
        answer={question.answer}
        explain={t(
          mode === 'instance' ? 'quiz.registered.explainInstance' : 'quiz.registered.explainIp',
          {
            answer: question.answer,
          },
        )}
      />
      <button type="button" className="quiz-another" onClick={() => setSeed(freshSeed())}>
        {t('quiz.another')}
      </button>
    </div>
  );
}
