import { Fragment } from 'react';
import type { PlanRule } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

type PlanCondition = PlanRule['conditions'][number];

/** One rule condition: `host-header` = a or b; `http-header` X-Env = … ; `path-pattern` ~ regex. */
export function ConditionText({ condition }: { condition: PlanCondition }) {
  const t = useTranslate();
  const alternatives = (values: readonly string[]) =>
    values.map((value, index) => (
      <Fragment key={value}>
        {index > 0 ? <span className="joiner"> {t('rule.or')} </span> : null}
        <code>{value}</code>
      </Fragment>
    ));
  return (
    <span>
      <code>{condition.field}</code>
      {condition.httpHeaderName === undefined ? null : (
        <>
          {' '}
          <code>{condition.httpHeaderName}</code>
        </>
      )}
      {condition.values.length > 0 ? <> = {alternatives(condition.values)}</> : null}
      {condition.regexValues && condition.regexValues.length > 0 ? (
        <>
          {' '}
          {t('rule.matchesRegex')} {alternatives(condition.regexValues)}
        </>
      ) : null}
    </span>
  );
}
