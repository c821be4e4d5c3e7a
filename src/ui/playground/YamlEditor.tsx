import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';
import type { EditorFinding, YamlEditorHandle } from './codemirror-editor.ts';

interface YamlEditorProps {
  text: string;
  findings: readonly EditorFinding[];
  marked: readonly { from: number; to: number }[];
  onChange: (text: string) => void;
  onCursorLine: (line: number) => void;
  onDropFiles: (files: File[]) => void;
  /** Receives the editor once it has loaded (to move to a line). */
  onReady: (handle: YamlEditorHandle | null) => void;
}

/**
 * CodeMirror 6 with YAML, loaded on demand (its own chunk). The editor owns its text while the
 * reader types; a new `text` from outside (a preset, a file) replaces it.
 */
export function YamlEditor(props: YamlEditorProps) {
  const t = useTranslate();
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<YamlEditorHandle | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const [loaded, setLoaded] = useState(false);
  const label = t('playground.editor');

  useEffect(() => {
    let cancelled = false;
    void import('./codemirror-editor.ts')
      // The editor is built in a task after the one that evaluated its code: both in one task
      // held the page for about 50 ms when the playground opened.
      .then((module) => new Promise<typeof module>((done) => setTimeout(() => done(module), 0)))
      .then(({ createYamlEditor }) => {
        if (cancelled || !host.current) return;
        handle.current = createYamlEditor(host.current, {
          doc: latest.current.text,
          label,
          onChange: (text) => latest.current.onChange(text),
          onCursorLine: (line) => latest.current.onCursorLine(line),
          onDropFiles: (files) => latest.current.onDropFiles(files),
        });
        handle.current.setFindings(latest.current.findings);
        latest.current.onReady(handle.current);
        setLoaded(true);
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
      latest.current.onReady(null);
    };
  }, [label]);

  useEffect(() => handle.current?.setText(props.text), [props.text, loaded]);
  useEffect(() => handle.current?.setFindings(props.findings), [props.findings, loaded]);
  useEffect(() => handle.current?.markLines(props.marked), [props.marked, loaded]);

  return (
    <div className="pg-editor" aria-busy={!loaded}>
      {loaded ? null : <p className="muted">{t('playground.editorLoading')}</p>}
      <div ref={host} className="pg-editor-host" data-testid="playground-editor" />
    </div>
  );
}
