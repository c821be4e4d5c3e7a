import { Fragment } from 'react';
import type { PlanRule } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ActionTerms } from './ActionTerms.tsx';
import { ConditionText } from './ConditionText.tsx';

/** One listener rule: its priority, the conditions that must all match, and what happens. */
export function RuleItem({ rule }: { rule: PlanRule }) {
  const t = useTranslate();
  return (
    <li className="rule">
      <span className="rule-priority">{t('rule.priority', { priority: rule.priority })}</span>
      <dl className="facts">
        <dt>{t('rule.when')}</dt>
        <dd>
          {rule.conditions.length === 0
            ? t('rule.always')
            : rule.conditions.map((condition, index) => (
                <Fragment key={`${condition.field}-${index}`}>
                  {index > 0 ? <span className="joiner"> {t('rule.and')} </span> : null}
                  <ConditionText condition={condition} />
                </Fragment>
              ))}
        </dd>
        <ActionTerms preActions={rule.preActions} action={rule.action} label={t('rule.then')} />
      </dl>
    </li>
  );
}
