import type { planFromManifests } from '../../simulator/index.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { noticeWords } from '../playground/notice-words.ts';
import { InputErrors } from './InputErrors.tsx';
import { LoadBalancerCard } from './LoadBalancerCard.tsx';
import { ReconcileErrors } from './ReconcileErrors.tsx';
import { TargetGroupBlock } from './TargetGroupBlock.tsx';
import './plan.css';

export type PlanResult = ReturnType<typeof planFromManifests>;

/** The simulator's plan as readable text: load balancers → listeners → rules, target groups → targets. */
export function PlanView({ result, file }: { result: PlanResult; file: string }) {
  const t = useTranslate();
  if (!result.ok) return <InputErrors errors={result.errors} />;
  const { plan, notes } = result;
  return (
    <div className="plan">
      <p className="lead">{t('plan.intro', { file })}</p>

      <section aria-labelledby="plan-load-balancers">
        <h2 id="plan-load-balancers">{t('plan.loadBalancers')}</h2>
        {plan.loadBalancers.length === 0 ? (
          <p className="muted">{t('plan.noLoadBalancers')}</p>
        ) : (
          plan.loadBalancers.map((lb) => <LoadBalancerCard key={lb.stack} loadBalancer={lb} />)
        )}
      </section>

      {plan.inTreeLoadBalancers && plan.inTreeLoadBalancers.length > 0 ? (
        <section aria-labelledby="plan-in-tree">
          <h2 id="plan-in-tree">{t('plan.inTreeLoadBalancers')}</h2>
          <p className="muted">{t('plan.inTreeIntro')}</p>
          {plan.inTreeLoadBalancers.map((lb) => (
            <LoadBalancerCard key={lb.stack} loadBalancer={lb} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="plan-target-groups">
        <h2 id="plan-target-groups">{t('plan.targetGroups')}</h2>
        {plan.targetGroups.length === 0 ? (
          <p className="muted">{t('plan.noTargetGroups')}</p>
        ) : (
          plan.targetGroups.map((tg) => <TargetGroupBlock key={tg.id} targetGroup={tg} />)
        )}
      </section>

      <section aria-labelledby="plan-errors">
        <h2 id="plan-errors">{t('plan.errors')}</h2>
        <ReconcileErrors errors={plan.errors} />
      </section>

      {plan.assumptions.length + notes.length > 0 ? (
        <section aria-labelledby="plan-notes">
          <h2 id="plan-notes">{t('plan.notes')}</h2>
          <ul>
            {[...plan.assumptions, ...notes].map((note) => (
              <li key={note}>{noticeWords(note, t)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.apiCalls.length > 0 ? (
        <details className="api-calls">
          <summary>{t('plan.apiCalls', { count: plan.apiCalls.length })}</summary>
          <ol>
            {plan.apiCalls.map((call, index) => (
              <li key={index}>
                <code>{call}</code>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
