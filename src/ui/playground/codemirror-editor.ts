import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import {
  Compartment,
  EditorState,
  RangeSetBuilder,
  StateEffect,
  StateField,
  Text,
} from '@codemirror/state';
import {
  Decoration,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { editorHighlighting, editorTheme, pageIsDark } from './editor-theme.ts';
import { parsesSafely, yamlSupport } from './yaml-language.ts';

/** A finding for the editor: a line (1-based), how bad, and what to say. */
export interface EditorFinding {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface YamlEditorOptions {
  doc: string;
  label: string;
  onChange: (text: string) => void;
  onCursorLine: (line: number) => void;
  onDropFiles: (files: File[]) => void;
}

export interface YamlEditorHandle {
  setText: (text: string) => void;
  setFindings: (findings: readonly EditorFinding[]) => void;
  /** Marks whole lines (provenance); an empty list clears the marks. */
  markLines: (ranges: readonly { from: number; to: number }[]) => void;
  goToLine: (line: number) => void;
  destroy: () => void;
}

const setMarks = StateEffect.define<readonly { from: number; to: number }[]>();
const markLine = Decoration.line({ class: 'pg-provenance-line' });
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setMarks)) continue;
      const builder = new RangeSetBuilder<Decoration>();
      const lines = new Set<number>();
      for (const r of effect.value)
        for (let l = r.from; l <= Math.min(r.to, tr.state.doc.lines); l++) lines.add(l);
      for (const l of [...lines].sort((a, b) => a - b)) {
        if (l < 1) continue;
        const line = tr.state.doc.line(l);
        builder.add(line.from, line.from, markLine);
      }
      next = builder.finish();
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The playground's YAML editor (CodeMirror 6); this module is loaded only when the playground opens. */
export function createYamlEditor(
  parent: HTMLElement,
  options: YamlEditorOptions,
): YamlEditorHandle {
  let lastLine = -1;
  const language = new Compartment();
  const theme = new Compartment();
  let dark = pageIsDark();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        indentOnInput(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        language.of(parsesSafely(Text.of(options.doc.split('\n'))) ? yamlSupport : []),
        // In the same transaction as the edit, so the parser never sees a text it cannot take.
        EditorState.transactionExtender.of((tr) => {
          if (!tr.docChanged) return null;
          const safe = parsesSafely(tr.newDoc);
          if (safe === (language.get(tr.startState) === yamlSupport)) return null;
          return { effects: language.reconfigure(safe ? yamlSupport : []) };
        }),
        lintGutter(),
        editorHighlighting,
        theme.of(editorTheme(dark)),
        marksField,
        EditorView.lineWrapping,
        // tabindex: the editable text is focusable anyway; said out loud, axe sees that the
        // scrolling box around it has something to focus (scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
          if (update.selectionSet || update.docChanged) {
            const line = update.state.doc.lineAt(update.state.selection.main.head).number;
            if (line !== lastLine && update.selectionSet && !update.docChanged) {
              lastLine = line;
              options.onCursorLine(line);
            }
          }
        }),
        EditorView.domEventHandlers({
          drop(event) {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (files.length === 0) return false;
            event.preventDefault();
            options.onDropFiles(files);
            return true;
          },
        }),
      ],
    }),
  });

  // The page's theme switch (or the system's, under "System") writes data-theme on <html>.
  const themeWatch = new MutationObserver(() => {
    if (pageIsDark() === dark) return;
    dark = pageIsDark();
    view.dispatch({ effects: theme.reconfigure(editorTheme(dark)) });
  });
  themeWatch.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });

  return {
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setFindings(findings) {
      const doc = view.state.doc;
      const diagnostics: CmDiagnostic[] = findings.map((f) => {
        const line = doc.line(Math.min(Math.max(1, f.line), doc.lines));
        return { from: line.from, to: line.to, severity: f.severity, message: f.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    markLines(ranges) {
      view.dispatch({ effects: setMarks.of(ranges) });
    },
    goToLine(line) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(1, line), doc.lines));
      view.dispatch({ selection: { anchor: at.from }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => {
      themeWatch.disconnect();
      view.destroy();
    },
  };
}
