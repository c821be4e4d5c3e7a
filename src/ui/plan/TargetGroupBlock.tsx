import { useId } from 'react';
import type { PlanTargetGroup } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { HealthCheckList } from './HealthCheckList.tsx';
import { targetGroupAnchor } from './plan-anchors.ts';
import { TargetTable } from './TargetTable.tsx';

export function TargetGroupBlock({ targetGroup }: { targetGroup: PlanTargetGroup }) {
  const t = useTranslate();
  const headingId = useId();
  const attributes = Object.entries(targetGroup.attributes);
  return (
    <article id={targetGroupAnchor(targetGroup.id)} className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="code">
        {targetGroup.id}
      </h3>
      <dl className="facts">
        <dt>{t('targetGroup.name')}</dt>
        <dd>
          <code>{targetGroup.name}</code>
        </dd>
        <dt>{t('targetGroup.service')}</dt>
        <dd>
          <code>
            {targetGroup.service}:{targetGroup.servicePort}
          </code>
        </dd>
        {targetGroup.ingress === null ? null : (
          <>
            <dt>{t('targetGroup.ingress')}</dt>
            <dd>
              <code>{targetGroup.ingress}</code>
            </dd>
          </>
        )}
        <dt>{t('targetGroup.targetType')}</dt>
        <dd>{t(`targetGroup.targetType.${targetGroup.targetType}`)}</dd>
        <dt>{t('targetGroup.protocol')}</dt>
        <dd>
          <code>{targetGroup.protocol}</code>
          {targetGroup.protocolVersion === null ? null : (
            <>
              {' ('}
              <code>{targetGroup.protocolVersion}</code>)
            </>
          )}
        </dd>
        <dt>{t('targetGroup.port')}</dt>
        <dd>
          <code>{targetGroup.port}</code>
        </dd>
        <dt>{t('targetGroup.healthCheck')}</dt>
        <dd>
          <HealthCheckList healthCheck={targetGroup.healthCheck} />
        </dd>
        <dt>{t('targetGroup.attributes')}</dt>
        <dd>
          {attributes.length === 0 ? (
            <span className="muted">{t('targetGroup.noAttributes')}</span>
          ) : (
            <ul className="plain-list">
              {attributes.map(([key, value]) => (
                <li key={key}>
                  <code>
                    {key}={value}
                  </code>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <TargetTable targets={targetGroup.targets} />
    </article>
  );
}
