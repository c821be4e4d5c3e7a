import { memo } from 'react';
import type { Plan, PlanAction, PlanTargetGroup } from '../../simulator/index.ts';
import { diagramId } from '../../scene/diagram-ids.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';

/** Targets listed per target group; the rest are counted (the JSON view has them all). */
const MAX_TARGETS_SHOWN = 50;

interface PlanTreeProps {
  plan: Plan;
  marked: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

function Entry({
  id,
  marked,
  onSelect,
  children,
}: {
  id: string;
  marked: ReadonlySet<string>;
  onSelect: (id: string) => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className={marked.has(id) ? 'pg-tree-entry is-marked' : 'pg-tree-entry'}
      aria-pressed={marked.has(id)}
      data-id={id}
      onClick={() => onSelect(id)}
    >
      {children}
    </button>
  );
}

/**
 * The plan as a tree: load balancers → listeners → rules → target groups → targets with their
 * health. Every entry selects its element (and the YAML lines behind it).
 */
export const PlanTree = memo(function PlanTree({ plan, marked, onSelect }: PlanTreeProps) {
  const t = useTranslate();
  const groups = new Map(plan.targetGroups.map((tg) => [tg.id, tg]));
  const actionText = (action: PlanAction) => {
    if (action.type === 'fixed-response')
      return t('playground.fixedResponse', { status: action.statusCode });
    if (action.type === 'redirect') return t('playground.redirect', { status: action.statusCode });
    const ids =
      'targetGroup' in action ? [action.targetGroup] : action.targetGroups.map((g) => g.id);
    return t('playground.forward', {
      target: ids.map((id) => groups.get(id)?.name ?? id).join(', '),
    });
  };
  const forwarded = (action: PlanAction): PlanTargetGroup[] =>
    action.type !== 'forward'
      ? []
      : ('targetGroup' in action
          ? [action.targetGroup]
          : action.targetGroups.map((g) => g.id)
        ).flatMap((id) => groups.get(id) ?? []);
  const targetGroup = (tg: PlanTargetGroup) => (
    <li key={tg.id}>
      <Entry id={diagramId.targetGroup(tg.id)} marked={marked} onSelect={onSelect}>
        {t('playground.targetGroup', { name: tg.name, targetType: tg.targetType, port: tg.port })}
      </Entry>
      {tg.targets.length === 0 ? (
        <p className="muted">{t('playground.targetsNone')}</p>
      ) : (
        <ul>
          {tg.targets.slice(0, MAX_TARGETS_SHOWN).map((target) => (
            <li key={`${target.id}:${target.port}`} data-testid="playground-target">
              <Entry
                id={diagramId.target(tg.id, target.id, target.port)}
                marked={marked}
                onSelect={onSelect}
              >
                {t('playground.target', { id: target.id, port: target.port })}{' '}
                <span className={`pg-health is-${target.health.state}`}>
                  {t(`health.${target.health.state}`)}
                </span>
                {target.pod ? <span className="muted"> ({target.pod})</span> : null}
              </Entry>
            </li>
          ))}
          {tg.targets.length > MAX_TARGETS_SHOWN ? (
            <li className="muted">
              {t('playground.moreTargets', { count: tg.targets.length - MAX_TARGETS_SHOWN })}
            </li>
          ) : null}
        </ul>
      )}
    </li>
  );
  if (plan.loadBalancers.length === 0)
    return <p className="muted">{t('playground.planTreeEmpty')}</p>;
  return (
    <ul className="pg-tree" data-testid="playground-plan-tree">
      {plan.loadBalancers.map((lb) => (
        <li key={lb.stack} data-testid="playground-load-balancer">
          <Entry id={diagramId.loadBalancer(lb.stack)} marked={marked} onSelect={onSelect}>
            <strong>{lb.name}</strong> <span className="pg-chip">{lb.type}</span>{' '}
            <span className="pg-chip">{lb.scheme}</span>
          </Entry>
          <ul>
            {lb.listeners.map((listener) => (
              <li key={listener.port}>
                <Entry
                  id={diagramId.listener(lb.stack, listener.port)}
                  marked={marked}
                  onSelect={onSelect}
                >
                  {t('playground.listener', { protocol: listener.protocol, port: listener.port })}
                </Entry>
                <ul>
                  {listener.rules.map((rule) => (
                    <li key={rule.priority}>
                      <Entry
                        id={diagramId.rule(lb.stack, listener.port, rule.priority)}
                        marked={marked}
                        onSelect={onSelect}
                      >
                        {t('playground.rule', { priority: rule.priority })}:{' '}
                        {t('playground.ruleMatch', {
                          conditions: rule.conditions
                            .map((c) => `${c.field} ${c.values.join(', ')}`)
                            .join('; '),
                        })}{' '}
                        → {actionText(rule.action)}
                      </Entry>
                      <ul>{forwarded(rule.action).map(targetGroup)}</ul>
                    </li>
                  ))}
                  <li>
                    <span className="pg-tree-label">{t('playground.defaultAction')}</span> →{' '}
                    {actionText(listener.defaultAction)}
                    <ul>{forwarded(listener.defaultAction).map(targetGroup)}</ul>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
});
