import { useId } from 'react';
import type { PlanListener } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ActionTerms } from './ActionTerms.tsx';
import { RuleItem } from './RuleItem.tsx';

/** A listener ("HTTPS:443"), its certificates and policy, default action and rules. */
export function ListenerBlock({ listener }: { listener: PlanListener }) {
  const t = useTranslate();
  const headingId = useId();
  return (
    <section className="listener" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {listener.protocol}:{listener.port}
      </h4>
      <dl className="facts">
        {listener.certificateArns.length > 0 ? (
          <>
            <dt>{t('listener.certificates')}</dt>
            <dd>
              <ul className="plain-list">
                {listener.certificateArns.map((arn, index) => (
                  <li key={arn}>
                    <code>{arn}</code>
                    {index === 0 ? ` (${t('listener.defaultCertificate')})` : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {listener.sslPolicy === null ? null : (
          <>
            <dt>{t('listener.sslPolicy')}</dt>
            <dd>
              <code>{listener.sslPolicy}</code>
            </dd>
          </>
        )}
        <ActionTerms
          preActions={listener.defaultPreActions}
          action={listener.defaultAction}
          label={t('listener.defaultAction')}
        />
      </dl>
      {listener.rules.length === 0 ? (
        <p className="muted">{t('listener.noRules')}</p>
      ) : (
        <>
          <h5>{t('listener.rules')}</h5>
          <ol className="rules">
            {listener.rules.map((rule) => (
              <RuleItem key={rule.priority} rule={rule} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
