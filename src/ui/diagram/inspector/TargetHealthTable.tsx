import type { PlanTarget } from '../../../simulator/index.ts';
import { useTranslate } from '../../../i18n/useTranslate.ts';

/**
 * Each target's health and the reason AWS gives, as `describe-target-health` reports it. The node
 * and pod columns appear only when some target has one (instance targets name nodes, ip targets
 * pods), so the table stays narrow enough for a side panel.
 */
export function TargetHealthTable({ targets }: { targets: readonly PlanTarget[] }) {
  const t = useTranslate();
  if (targets.length === 0) return <p className="dg-muted">{t('inspector.noTargets')}</p>;
  const caption = t('inspector.targetHealth', { count: targets.length });
  const withNode = targets.some((target) => target.node !== null);
  const withPod = targets.some((target) => target.pod !== null);
  return (
    <div className="dg-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="dg-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('target.id')}</th>
            {withNode ? <th scope="col">{t('target.node')}</th> : null}
            {withPod ? <th scope="col">{t('target.pod')}</th> : null}
            <th scope="col">{t('target.health')}</th>
            <th scope="col">{t('inspector.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={`${target.id}:${target.port}`}>
              <td>
                <code>
                  {target.id}:{target.port}
                </code>
              </td>
              {withNode ? <td>{target.node ?? '—'}</td> : null}
              {withPod ? <td>{target.pod ?? '—'}</td> : null}
              <td>
                <span className={`dg-health dg-health-${target.health.state}`}>
                  {t(`health.${target.health.state}`)}
                </span>
              </td>
              <td>{target.health.reason ? <code>{target.health.reason}</code> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
