import { useId, useState, type ReactNode } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';

interface ChoiceQuestionProps {
  lead: ReactNode;
  /** Option id → its text, in the order shown. */
  options: readonly { id: string; label: ReactNode }[];
  answer: string;
  explain: ReactNode;
}

/** One answer out of a few, checked on request; the explanation follows either way. */
export function ChoiceQuestion({ lead, options, answer, explain }: ChoiceQuestionProps) {
  const t = useTranslate();
  const name = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const [nudge, setNudge] = useState(false);
  return (
    <div className="quiz-choice">
      <fieldset>
        <legend>{lead}</legend>
        {options.map((option) => (
          <label key={option.id} className="quiz-option" data-option={option.id}>
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={picked === option.id}
              onChange={() => {
                setPicked(option.id);
                setChecked(null);
                setNudge(false);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="quiz-check"
        onClick={() => (picked === null ? setNudge(true) : setChecked(picked))}
      >
        {t('quiz.check')}
      </button>
      <div className="quiz-feedback" role="status">
        {nudge ? <p>{t('quiz.pick')}</p> : null}
        {checked !== null ? (
          <div className={checked === answer ? 'is-correct' : 'is-wrong'}>
            <p className="quiz-verdict">{t(checked === answer ? 'quiz.correct' : 'quiz.wrong')}</p>
            <div className="quiz-explain">{explain}</div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
