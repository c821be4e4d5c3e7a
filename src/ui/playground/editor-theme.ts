import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * YAML colours from the page's theme variables (`--cm-*` in playground.css, light and dark), so
 * one style serves both themes and follows a switch at once.
 */
const yamlColours = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: 'var(--cm-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string)' },
  { tag: tags.content, color: 'var(--cm-value)' },
  { tag: [tags.lineComment, tags.meta], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [tags.labelName, tags.typeName, tags.keyword], color: 'var(--cm-special)' },
  {
    tag: [tags.separator, tags.punctuation, tags.squareBracket, tags.brace],
    color: 'var(--cm-punctuation)',
  },
]);

export const editorHighlighting: Extension = syntaxHighlighting(yamlColours);

/**
 * CodeMirror's own parts (selection, matching brackets, lint tooltips, search panel) in the page's
 * theme: `dark` tells CodeMirror's base theme which of its palettes to use.
 */
export const editorTheme = (dark: boolean): Extension =>
  EditorView.theme(
    {
      '&': { color: 'var(--color-text)', backgroundColor: 'var(--color-surface)' },
      '.cm-content': { caretColor: 'var(--color-text)' },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
        backgroundColor: 'var(--cm-selection) !important',
      },
      '&.cm-focused .cm-matchingBracket': {
        backgroundColor: 'var(--cm-bracket)',
        outline: '1px solid var(--color-border)',
      },
      '.cm-tooltip': {
        color: 'var(--color-text)',
        backgroundColor: 'var(--color-surface-alt)',
        border: '1px solid var(--color-border)',
      },
      '.cm-panels': { color: 'var(--color-text)', backgroundColor: 'var(--color-surface-alt)' },
    },
    { dark },
  );

/** Whether the page shows its dark theme (the theme switch writes `data-theme` on <html>). */
export const pageIsDark = (): boolean => document.documentElement.dataset.theme === 'dark';
