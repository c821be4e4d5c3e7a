import type { PlanRule } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

export type PlanPreAction = NonNullable<PlanRule['preActions']>[number];

/** A step that runs before the final action: user authentication or JWT validation. */
export function PreActionText({ preAction }: { preAction: PlanPreAction }) {
  const t = useTranslate();
  switch (preAction.type) {
    case 'authenticate-cognito':
    case 'authenticate-oidc':
      return (
        <span>
          {t(`preAction.${preAction.type}`)} · {t('preAction.onUnauthenticated')}{' '}
          <code>{preAction.onUnauthenticatedRequest}</code>
        </span>
      );
    case 'jwt-validation':
      return (
        <span>
          {t('preAction.jwt-validation')} <code>{preAction.issuer}</code>
        </span>
      );
    default:
      return <span>{t('action.other', { type: (preAction as { type: string }).type })}</span>;
  }
}
