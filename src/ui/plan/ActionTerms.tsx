import { Fragment } from 'react';
import type { PlanAction, PlanPreAction } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ActionText } from './ActionText.tsx';
import { PreActionText } from './PreActionText.tsx';

/** The `<dt>/<dd>` pairs of an action: authentication first (if any), then what happens. */
export function ActionTerms({
  preActions,
  action,
  label,
}: {
  preActions: readonly PlanPreAction[] | undefined;
  action: PlanAction;
  label: string;
}) {
  const t = useTranslate();
  return (
    <>
      {preActions?.map((preAction, index) => (
        <Fragment key={`${preAction.type}-${index}`}>
          <dt>{t('rule.first')}</dt>
          <dd>
            <PreActionText preAction={preAction} />
          </dd>
        </Fragment>
      ))}
      <dt>{label}</dt>
      <dd>
        <ActionText action={action} />
      </dd>
    </>
  );
}
