import { useId } from 'react';
import type { PlanLoadBalancer } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ListenerBlock } from './ListenerBlock.tsx';

export function LoadBalancerCard({ loadBalancer }: { loadBalancer: PlanLoadBalancer }) {
  const t = useTranslate();
  const headingId = useId();
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="code">
        {loadBalancer.name}
      </h3>
      <dl className="facts">
        <dt>{t('loadBalancer.type')}</dt>
        <dd>{t(`loadBalancer.type.${loadBalancer.type}`)}</dd>
        <dt>{t('loadBalancer.scheme')}</dt>
        <dd>
          <code>{loadBalancer.scheme}</code>
        </dd>
        <dt>{t('loadBalancer.ipAddressType')}</dt>
        <dd>
          <code>{loadBalancer.ipAddressType}</code>
        </dd>
        <dt>{t('loadBalancer.dnsName')}</dt>
        <dd>
          <code>{loadBalancer.dnsName}</code>
        </dd>
        <dt>{t('loadBalancer.sources')}</dt>
        <dd>
          <ul className="plain-list">
            {loadBalancer.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('loadBalancer.group')}</dt>
        <dd>{loadBalancer.group ?? t('loadBalancer.noGroup')}</dd>
      </dl>
      <div className="listeners">
        {loadBalancer.listeners.map((listener) => (
          <ListenerBlock key={`${listener.protocol}:${listener.port}`} listener={listener} />
        ))}
      </div>
    </article>
  );
}
