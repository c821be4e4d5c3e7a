import type { PlanTargetGroup } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

export function HealthCheckList({ healthCheck }: { healthCheck: PlanTargetGroup['healthCheck'] }) {
  const t = useTranslate();
  return (
    <ul className="plain-list">
      <li>{t('healthCheck.target', { protocol: healthCheck.protocol, port: healthCheck.port })}</li>
      {healthCheck.path === null ? null : (
        <li>{t('healthCheck.path', { path: healthCheck.path })}</li>
      )}
      {healthCheck.matcher === null ? null : (
        <li>{t('healthCheck.matcher', { matcher: healthCheck.matcher })}</li>
      )}
      <li>
        {t('healthCheck.timing', {
          interval: healthCheck.intervalSeconds,
          timeout: healthCheck.timeoutSeconds,
        })}
      </li>
      <li>
        {t('healthCheck.thresholds', {
          healthy: healthCheck.healthyThreshold,
          unhealthy: healthCheck.unhealthyThreshold,
        })}
      </li>
    </ul>
  );
}
