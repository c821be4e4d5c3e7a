import { controllerFacts, type ControllerFacts } from '../../lesson/compare-controller.ts';
import type { OkRun } from '../../lesson/lesson-time.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { ModeTable, type ModeRow } from './ModeTable.tsx';

const list = (items: readonly (string | number)[]) => items.join(', ');

function targetsText(facts: ControllerFacts, t: Translate): string {
  if (facts.targetType === null || facts.targets.length === 0) return t('compare.controller.none');
  return t(`compare.controller.targets.${facts.targetType}`, {
    count: facts.targets.length,
    ports: list(facts.ports),
  });
}

function ruleText(facts: ControllerFacts, t: Translate): string {
  if (facts.targetType === null || facts.rules.length === 0) return t('compare.controller.none');
  const type = facts.targetType;
  return facts.rules
    .map((rule) =>
      t(`compare.controller.rule.${type}`, {
        group: rule.group,
        ports: list(rule.ports),
        from: list(rule.from),
      }),
    )
    .join('; ');
}

/**
 * The controller's part, folded into what it did differently in the two modes: the target type,
 * the targets it registered, the security-group rule it opened for them, and how many steps it
 * took. Every value comes from the run (its plan and its timeline).
 */
export function ControllerSummary({ runs }: { runs: readonly [OkRun, OkRun] }) {
  const t = useTranslate();
  const facts = [controllerFacts(runs[0]), controllerFacts(runs[1])] as const;
  const rows: ModeRow[] = [
    {
      key: 'type',
      aspect: t('compare.controller.targetType'),
      values: [
        facts[0].targetType ?? t('compare.controller.none'),
        facts[1].targetType ?? t('compare.controller.none'),
      ],
    },
    {
      key: 'targets',
      aspect: t('compare.controller.targets'),
      values: [targetsText(facts[0], t), targetsText(facts[1], t)],
      detail: [list(facts[0].targets), list(facts[1].targets)],
    },
    {
      key: 'rule',
      aspect: t('compare.controller.rule'),
      values: [ruleText(facts[0], t), ruleText(facts[1], t)],
    },
    {
      key: 'steps',
      aspect: t('compare.controller.steps'),
      values: [String(facts[0].steps), String(facts[1].steps)],
    },
  ];
  if (facts[0].readinessGates + facts[1].readinessGates > 0)
    rows.push({
      key: 'gates',
      aspect: t('compare.controller.readinessGates'),
      values: [String(facts[0].readinessGates), String(facts[1].readinessGates)],
    });
  return (
    <ModeTable
      className="cmp-table cmp-controller"
      caption={t('compare.controller.title')}
      rows={rows}
    />
  );
}
