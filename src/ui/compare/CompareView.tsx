import { useId, useMemo, useState } from 'react';
import { runScenario, type ChapterRun } from '../../chapters/chapter-run.ts';
import { chapterDefinition, type TargetMode } from '../../chapters/chapters.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { Translate } from '../../i18n/translate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { useAppStore } from '../../state/app-store.ts';
import { selectChapterId } from '../../state/selectors.ts';
import { DiagramCanvas, type DiagramPacket } from '../diagram/DiagramCanvas.tsx';
import { visibleResolver } from '../chapter/visible-element.ts';
import { useReducedMotion } from '../player/useReducedMotion.ts';
import { modeFacts, planDiff, type ModeFacts } from './compare-summary.ts';
import './compare.css';

type OkRun = Extract<ChapterRun, { ok: true }>;
const modes = ['instance', 'ip'] as const satisfies readonly TargetMode[];
const noExpanded: ReadonlySet<string> = new Set();
const ignore = () => {};

/** One mode's diagram at a step: the packet has just arrived at the step's hop. */
function ModeDiagram({
  run,
  step,
  reducedMotion,
}: {
  run: OkRun;
  step: number;
  reducedMotion: boolean;
}) {
  const t = useTranslate();
  const scene = useMemo(() => buildScene(run.sceneInput, noExpanded), [run]);
  const visible = useMemo(() => visibleResolver(scene, run.sceneInput), [scene, run]);
  const segments = run.timeline.segments;
  const segment = segments[Math.min(step, segments.length - 1)];
  const done = step >= segments.length;
  const emphasis = useMemo(
    () => new Set(segment && !done ? [visible(segment.to)] : []),
    [segment, done, visible],
  );
  const packet: DiagramPacket | null =
    segment && !done
      ? {
          from: visible(segment.from),
          to: visible(segment.to),
          progress: 1,
          direction: segment.direction,
          label: segment.hop.dst,
        }
      : null;
  return (
    <div className="cmp-side">
      <h3 className="cmp-mode">{run.mode}</h3>
      <p className="cmp-where">
        {done || !segment
          ? t('compare.modeDone', { mode: run.mode, total: String(segments.length) })
          : t('compare.modeStep', {
              mode: run.mode,
              step: String(step + 1),
              total: String(segments.length),
              hop: `${segment.hop.at} ${segment.hop.name}`,
            })}
      </p>
      <DiagramCanvas
        scene={scene}
        emphasis={emphasis}
        packet={packet}
        onInspect={ignore}
        onToggleExpand={ignore}
        reducedMotion={reducedMotion}
        ariaLabel={t('compare.diagram', { mode: run.mode })}
      />
    </div>
  );
}

function podSource(facts: ModeFacts, t: Translate): string {
  if (facts.podSource === null || facts.podSourceKind === null) return t('compare.podSource.none');
  return t(`compare.podSource.${facts.podSourceKind}`, { ip: facts.podSource });
}

const yesNo = (value: boolean, t: Translate) => t(value ? 'compare.yes' : 'compare.no');

/**
 * Both target types of the chapter's scenario, stepped together by one step index: two diagrams,
 * a table of what differs (hops, NAT, the pod's view of the source, a second node) and the plans'
 * diff. Reads the chapter from the store; its step is its own.
 */
export function CompareView() {
  const t = useTranslate();
  const titleId = useId();
  const chapterId = useAppStore(selectChapterId);
  const reducedMotion = useReducedMotion() ?? false;
  const [step, setStep] = useState(0);
  const runs = useMemo(() => {
    const scenario = chapterDefinition(chapterId).scenario;
    return modes.map((mode) => runScenario(scenario, mode));
  }, [chapterId]);
  const [instance, ip] = runs;
  if (!instance?.ok || !ip?.ok)
    return (
      <section className="cmp" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('compare.title')}</h2>
        <p className="notice">{t('compare.unreadable')}</p>
      </section>
    );

  const total = Math.max(instance.timeline.segments.length, ip.timeline.segments.length);
  const at = Math.min(step, total - 1);
  const facts = [modeFacts(instance.trace), modeFacts(ip.trace)] as const;
  const rows: [string, string, string][] = [
    [t('compare.hops'), String(facts[0].hops), String(facts[1].hops)],
    [t('compare.dnat'), yesNo(facts[0].kubeProxyDnat, t), yesNo(facts[1].kubeProxyDnat, t)],
    [t('compare.snat'), yesNo(facts[0].snat, t), yesNo(facts[1].snat, t)],
    [t('compare.podSource'), podSource(facts[0], t), podSource(facts[1], t)],
    [t('compare.crossNode'), yesNo(facts[0].crossNode, t), yesNo(facts[1].crossNode, t)],
  ];
  const diff = planDiff(instance.plan, ip.plan).filter((line) => line.change !== 'same');
  const groups = [...new Set(diff.map((line) => line.group))];

  return (
    <section className="cmp" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('compare.title')}</h2>
      <p className="cmp-lead">{t('compare.lead', { url: instance.trace.request.url })}</p>
      <div className="cmp-controls">
        <button
          type="button"
          className="cmp-button"
          onClick={() => setStep(Math.max(0, at - 1))}
          disabled={at === 0}
        >
          {t('compare.previous')}
        </button>
        <button
          type="button"
          className="cmp-button"
          onClick={() => setStep(Math.min(total - 1, at + 1))}
          disabled={at === total - 1}
        >
          {t('compare.next')}
        </button>
        <p className="cmp-step" role="status" aria-live="polite">
          {t('compare.step', { step: String(at + 1), total: String(total) })}
        </p>
      </div>
      <div className="cmp-sides">
        <ModeDiagram run={instance} step={at} reducedMotion={reducedMotion} />
        <ModeDiagram run={ip} step={at} reducedMotion={reducedMotion} />
      </div>
      <div className="cmp-panels">
        <table className="cmp-table">
          <caption>{t('compare.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.aspect')}</th>
              <th scope="col">instance</th>
              <th scope="col">ip</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([aspect, a, b]) => (
              <tr key={aspect}>
                <th scope="row">{aspect}</th>
                <td>{a}</td>
                <td>{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section className="cmp-diff" aria-label={t('compare.planDiff')}>
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
        </section>
      </div>
    </section>
  );
}
