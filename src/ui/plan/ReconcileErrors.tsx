import type { PlanError } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** The controller's reconcile failures, one entry per object and reason. */
export function ReconcileErrors({ errors }: { errors: readonly PlanError[] }) {
  const t = useTranslate();
  if (errors.length === 0) return <p className="muted">{t('plan.noErrors')}</p>;
  return (
    <ul className="errors">
      {errors.map((error) => (
        <li key={`${error.object}|${error.reason}|${error.message}`}>
          <strong>{error.object}</strong> <code>{error.reason}</code>
          <p>{error.message}</p>
        </li>
      ))}
    </ul>
  );
}
