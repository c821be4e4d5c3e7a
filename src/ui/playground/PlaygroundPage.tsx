import { useCallback, useMemo, useRef, useState } from 'react';
import type { OkLesson } from '../../lesson/frame.ts';
import type { PlaygroundInput } from '../../lesson/playground/run-playground.ts';
import { idsAtLine, linesOfId } from '../../lesson/playground/provenance.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { useTranslate } from '../../i18n/useTranslate.ts';
import { readNotice } from '../../simulator/index.ts';
import {
  loadReplaced,
  saveReplaced,
  type StoredPlayground,
} from '../../state/playground/playground-storage.ts';
import {
  replaceWork,
  type ReplaceCause,
  type Replaced,
} from '../../state/playground/replace-work.ts';
import { RUN_BUDGET_MS } from '../../state/playground/playground-runner.ts';
import type { YamlEditorHandle } from './codemirror-editor.ts';
import { downloadText } from './download.ts';
import { EventsList } from './EventsList.tsx';
import { FindingsList } from './FindingsList.tsx';
import type { LabId } from './labs.ts';
import { LabsPanel } from './LabsPanel.tsx';
import { PlanTree } from './PlanTree.tsx';
import { PlaygroundDiagram } from './PlaygroundDiagram.tsx';
import { PresetBar } from './PresetBar.tsx';
import { ReplacedNotice } from './ReplacedNotice.tsx';
import { noticeWords } from './notice-words.ts';
import { ShareBar } from './ShareBar.tsx';
import { TraceForm } from './TraceForm.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { usePlaygroundRun } from './usePlaygroundRun.ts';
import { useInitialPlayground, useKeepPlayground } from './useSharedScenario.ts';
import { YamlEditor } from './YamlEditor.tsx';
import '../chapter/chapter.css';
import '../player/player.css';
import './playground.css';

type Selection = { kind: 'line'; line: number } | { kind: 'id'; id: string } | null;
const none: ReadonlySet<string> = new Set();
const noLines: readonly { from: number; to: number }[] = [];

/** The playground once its first manifests are known. */
function Playground({ initial }: { initial: StoredPlayground }) {
  const t = useTranslate();
  const locale = useLocale();
  const [work, setWork] = useState(initial);
  const [selection, setSelection] = useState<Selection>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(none);
  const editor = useRef<YamlEditorHandle | null>(null);
  const [dropProblem, setDropProblem] = useState('');
  const [activeLab, setActiveLab] = useState<LabId | null>(null);
  const [replaced, setReplaced] = useState<Replaced | null>(loadReplaced);
  const keepReplaced = useCallback((value: Replaced | null) => {
    saveReplaced(value);
    setReplaced(value);
  }, []);
  /** Replaces the reader's work, keeping what it replaces for Undo (here and in storage). */
  const replace = useCallback(
    (next: Partial<StoredPlayground> & { text: string }, cause: ReplaceCause) => {
      setSelection(null);
      const { work: after, replaced: kept } = replaceWork(work, next, cause, replaced);
      if (kept !== replaced) keepReplaced(kept);
      setWork(after);
    },
    [work, replaced, keepReplaced],
  );

  const input = useMemo<PlaygroundInput>(
    () => ({
      text: work.text,
      url: work.url,
      clientIp: work.clientIp,
      seed: 1,
      actions: work.actions,
    }),
    [work],
  );
  const { outcome, running } = usePlaygroundRun(input);
  const link = useKeepPlayground(work);
  const result = outcome?.kind === 'done' ? outcome.result : null;
  const lesson: OkLesson | null = result?.lesson?.ok ? result.lesson : null;
  const run = lesson?.runs.main ?? null;
  const provenance = result?.provenance;

  const marked = useMemo<ReadonlySet<string>>(() => {
    if (!selection || !provenance) return none;
    return selection.kind === 'line'
      ? idsAtLine(provenance, selection.line)
      : new Set([selection.id]);
  }, [selection, provenance]);
  const markedLines = useMemo(() => {
    if (!selection || !provenance) return noLines;
    if (selection.kind === 'id') return linesOfId(provenance, selection.id);
    return provenance.filter((e) => e.from <= selection.line && selection.line <= e.to);
  }, [selection, provenance]);

  const setText = useCallback(
    (text: string) => setWork((w) => (w.text === text ? w : { ...w, text })),
    [],
  );
  const onCursorLine = useCallback((line: number) => setSelection({ kind: 'line', line }), []);
  const onSelectId = useCallback((id: string) => setSelection({ kind: 'id', id }), []);
  const onToggleExpand = useCallback(
    (id: string) =>
      setExpanded((was) => {
        const next = new Set(was);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const onReady = useCallback((handle: YamlEditorHandle | null) => (editor.current = handle), []);
  const goToLine = useCallback((line: number) => editor.current?.goToLine(line), []);
  const chapterHref = useCallback(
    (chapter: string) => `?lang=${locale}&chapter=${chapter}`,
    [locale],
  );
  const findings = useMemo(() => result?.diagnostics ?? [], [result]);
  const editorFindings = useMemo(
    () => findings.map((f) => ({ line: f.line, severity: f.severity, message: `${f.message}` })),
    [findings],
  );
  const assumed = [
    ...(result?.assumedIngressClass && result.plan ? [t('playground.assumedClass')] : []),
    ...(result?.plan?.assumptions ?? []).map((a) => noticeWords(a, t)),
  ];
  // The simulator's other notes; kinds it ignores are findings at their lines already.
  const noted = (result?.notes ?? [])
    .filter((n) => !result?.plan?.assumptions.includes(n))
    .filter((n) => readNotice(n)?.code !== 'unknown-kind')
    .map((n) => noticeWords(n, t));

  return (
    <>
      <PresetBar
        onLoad={(text, url) =>
          replace({ text, ...(url ? { url } : {}) }, url ? { kind: 'example' } : { kind: 'file' })
        }
      />
      {replaced ? (
        <ReplacedNotice
          replaced={replaced}
          onUndo={() => {
            setSelection(null);
            setActiveLab(null);
            setWork(replaced.previous);
            keepReplaced(null);
          }}
          onDismiss={() => keepReplaced(null)}
        />
      ) : null}
      {assumed.length > 0 ? (
        <p className="pg-assumed" data-testid="playground-assumed">
          {t('playground.assumed', { list: assumed.join('; ') })}
        </p>
      ) : null}
      {noted.length > 0 ? (
        <p className="pg-assumed" data-testid="playground-notes">
          {t('playground.notes', { list: noted.join('; ') })}
        </p>
      ) : null}
      <div className="pg-layout">
        <div className="pg-left">
          <YamlEditor
            text={work.text}
            findings={editorFindings}
            marked={markedLines}
            onChange={setText}
            onCursorLine={onCursorLine}
            onDropFiles={(files) =>
              void PresetBar.readFiles(files, t, setDropProblem).then(
                (r) => r !== null && replace({ text: r }, { kind: 'file' }),
              )
            }
            onReady={onReady}
          />
          {dropProblem ? (
            <p className="notice" role="alert">
              {dropProblem}
            </p>
          ) : null}
          <p className="pg-run-status muted" role="status" data-testid="playground-run-status">
            {running
              ? t('playground.status.running')
              : outcome?.kind === 'done'
                ? t('playground.status.done', { ms: Math.round(outcome.ms) })
                : outcome?.kind === 'timeout'
                  ? t('playground.status.timeout', { seconds: RUN_BUDGET_MS / 1000 })
                  : outcome?.kind === 'failed'
                    ? t('playground.status.failed', { message: outcome.message })
                    : ''}
          </p>
        </div>
        <div className="pg-right">
          <TraceForm
            url={work.url}
            clientIp={work.clientIp}
            trace={run?.trace ?? null}
            plan={result?.plan ?? null}
            errors={findings.filter((f) => f.severity === 'error').length}
            onUrl={(url) => setWork((w) => ({ ...w, url }))}
            onClientIp={(clientIp) => setWork((w) => ({ ...w, clientIp }))}
          />
          <FindingsList findings={findings} chapterHref={chapterHref} onGoToLine={goToLine} />
          <ShareBar link={link} text={work.text} />
          <LabsPanel
            active={activeLab}
            result={result}
            stale={running}
            onOpen={(lab, number) => {
              setActiveLab(lab.id);
              replace(
                { text: lab.text, url: lab.url, actions: lab.actions },
                { kind: 'lab', number },
              );
            }}
            clientIp={work.clientIp}
            onUseSettings={(text, actions) =>
              replace({ text, actions }, { kind: 'lab', number: 1 })
            }
          />
        </div>
      </div>
      <div className="pg-stage">
        {selection ? (
          <p className="pg-selection">
            {markedLines[0]
              ? t('playground.selection', { from: markedLines[0].from, to: markedLines[0].to })
              : null}{' '}
            <button type="button" onClick={() => setSelection(null)}>
              {t('playground.clearSelection')}
            </button>
          </p>
        ) : null}
        {lesson ? (
          <PlaygroundDiagram
            lesson={lesson}
            marked={marked}
            expanded={expanded}
            onSelect={onSelectId}
            onToggleExpand={onToggleExpand}
          />
        ) : null}
      </div>
      <section className="pg-plan" aria-labelledby="pg-plan-title">
        <h3 id="pg-plan-title">{t('playground.planTree')}</h3>
        {result?.plan ? (
          <PlanTree plan={result.plan} marked={marked} onSelect={onSelectId} />
        ) : null}
      </section>
      {result?.planJson ? (
        <details className="pg-json">
          <summary>{t('playground.json')}</summary>
          <p className="muted">
            {t('playground.jsonNote')}{' '}
            <button
              type="button"
              onClick={() => downloadText('manifests.yaml', result.effectiveYaml)}
            >
              {t('playground.downloadEffective')}
            </button>
          </p>
          <pre data-testid="playground-json">{result.planJson}</pre>
        </details>
      ) : null}
      <WhatIfPanel
        actions={work.actions}
        names={result?.names ?? null}
        url={work.url}
        summary={result?.whatIf ?? null}
        problem={result?.actionsProblem ?? null}
        onActions={(actions) => setWork((w) => ({ ...w, actions }))}
      />
      <section className="pg-events-section" aria-labelledby="pg-events-title">
        <h3 id="pg-events-title">{t('playground.events')}</h3>
        <EventsList lesson={lesson} plan={result?.plan ?? null} />
      </section>
    </>
  );
}

/**
 * The playground: the reader's own manifests in a YAML editor → the plan the controller would
 * make, its diagram, the request's path, and the findings at their lines. Loaded on demand.
 */
export function PlaygroundPage() {
  const t = useTranslate();
  const initial = useInitialPlayground();
  return (
    <section className="chapter playground" aria-labelledby="pg-title">
      <div className="chapter-head">
        <div>
          <h2 id="pg-title">{t('chapter.title.playground')}</h2>
          <p className="chapter-summary">{t('playground.intro')}</p>
        </div>
      </div>
      {initial ? (
        <Playground initial={initial} />
      ) : (
        <p className="muted">{t('playground.editorLoading')}</p>
      )}
    </section>
  );
}
