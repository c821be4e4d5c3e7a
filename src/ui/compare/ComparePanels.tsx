import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Plan, Trace } from '../../simulator/index.ts';
import { modeFacts, planDiff, type ModeFacts } from './compare-summary.ts';
import { ModeTable } from './ModeTable.tsx';

function podSource(facts: ModeFacts, t: Translate): string {
  if (facts.podSource === null || facts.podSourceKind === null) return t('compare.podSource.none');
  return t(`compare.podSource.${facts.podSourceKind}`, { ip: facts.podSource });
}

const yesNo = (value: boolean, t: Translate) => t(value ? 'compare.yes' : 'compare.no');

/** Below the diagrams: the table of what differs on the way, and the plans' diff (folded). */
export function ComparePanels({
  traces,
  plans,
}: {
  traces: readonly [Trace, Trace];
  plans: readonly [Pick<Plan, 'targetGroups'>, Pick<Plan, 'targetGroups'>];
}) {
  const t = useTranslate();
  const facts = [modeFacts(traces[0]), modeFacts(traces[1])] as const;
  const rows: [string, string, string][] = [
    [t('compare.hops'), String(facts[0].hops), String(facts[1].hops)],
    [t('compare.dnat'), yesNo(facts[0].kubeProxyDnat, t), yesNo(facts[1].kubeProxyDnat, t)],
    [t('compare.snat'), yesNo(facts[0].snat, t), yesNo(facts[1].snat, t)],
    [t('compare.podSource'), podSource(facts[0], t), podSource(facts[1], t)],
    [t('compare.crossNode'), yesNo(facts[0].crossNode, t), yesNo(facts[1].crossNode, t)],
  ];
  const diff = planDiff(plans[0], plans[1]).filter((line) => line.change !== 'same');
  const groups = [...new Set(diff.map((line) => line.group))];

  return (
    <>
      <ModeTable
        className="cmp-table"
        caption={t('compare.packetSummary')}
        rows={rows.map(([aspect, a, b]) => ({ key: aspect, aspect, values: [a, b] }))}
      />
      <details className="cmp-diff">
        <summary>{t('compare.planDetails')}</summary>
        <h3>{t('compare.planDiff')}</h3>
        {groups.map((group) => (
          <div key={group}>
            <h4 className="cmp-group">{t('compare.group', { id: group })}</h4>
            <ul>
              {diff
                .filter((line) => line.group === group)
                .map((line) => (
                  <li key={`${line.change}:${line.text}`} className={`cmp-${line.change}`}>
                    <span className="cmp-sign" aria-hidden="true">
                      {line.change === 'removed' ? '−' : '+'}
                    </span>
                    <span className="cmp-change">{t(`compare.${line.change}`)}</span>{' '}
                    <code>{line.text}</code>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </>
  );
}
