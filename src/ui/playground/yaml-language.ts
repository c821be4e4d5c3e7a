import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching } from '@codemirror/language';
import type { Extension, Text } from '@codemirror/state';
import { measureNesting } from '../../lesson/playground/nesting.ts';

/**
 * YAML highlighting and bracket matching, or plain text when the text could not be parsed safely.
 * CodeMirror's YAML parser (Lezer) builds its tree recursively, one call per open bracket, whenever
 * it stops a parse at its time budget (under load, or on a long text): 20,000 "[" then overflow the
 * stack ("Maximum call stack size exceeded"). Text that nests deeper than the simulator reads
 * (`MAX_DEPTH`) or is longer than `MAX_PARSED_CHARS` is therefore shown as plain text; the
 * simulator still says what is wrong, at its line.
 */
export const MAX_PARSED_CHARS = 500_000;
export const parsesSafely = (doc: Text): boolean =>
  doc.length <= MAX_PARSED_CHARS && measureNesting(doc.toString()).overLine === null;
export const yamlSupport: Extension = [yaml(), bracketMatching()];
