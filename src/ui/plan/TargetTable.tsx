import type { PlanTarget } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** The registered targets of one target group (a set: shown in the order given). */
export function TargetTable({ targets }: { targets: readonly PlanTarget[] }) {
  const t = useTranslate();
  if (targets.length === 0) return <p className="muted">{t('targetGroup.noTargets')}</p>;
  const caption = t('targetGroup.targets', { count: targets.length });
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="targets">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('target.id')}</th>
            <th scope="col">{t('target.port')}</th>
            <th scope="col">{t('target.node')}</th>
            <th scope="col">{t('target.pod')}</th>
            <th scope="col">{t('target.health')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={`${target.id}:${target.port}`}>
              <td>
                <code>{target.id}</code>
              </td>
              <td>
                <code>{target.port}</code>
              </td>
              <td>{target.node ?? '—'}</td>
              <td>{target.pod ?? '—'}</td>
              <td>
                <span className={`health health-${target.health.state}`}>
                  {t(`health.${target.health.state}`)}
                </span>
                {target.health.reason ? (
                  <>
                    {' '}
                    <code>{target.health.reason}</code>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
