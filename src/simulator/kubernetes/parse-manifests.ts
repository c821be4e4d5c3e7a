import { isMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { asArray, asRecord, asString, type Json } from './fields.ts';
import type { KubernetesObject, SourceRef } from './objects.ts';
import { parsePlainBlockYaml } from './plain-block-yaml.ts';
import { KNOWN_KINDS, readObject } from './read-object.ts';
import { err, ok, type Result } from '../util/result.ts';
import { noticeText } from '../notices.ts';

export interface ManifestInput {
  name: string;
  text: string;
}

/** Why an input can't be read, pointing at the file, the document and the line. */
export interface ManifestError {
  file: string;
  document: number;
  line: number;
  message: string;
}

export interface ParsedManifests {
  objects: KubernetesObject[];
  /** Things worth telling the reader that are not errors (ignored kinds, duplicates). */
  notes: string[];
}

export const formatManifestError = (e: ManifestError): string =>
  `${e.file}: document ${e.document}, line ${e.line}: ${e.message}`;

const offsetOf = (node: unknown): number | null => {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : null;
};

/**
 * Parses many files of multi-document YAML (and `kind: List`) into typed objects. Plain block
 * YAML takes a fast path (plain-block-yaml.ts); anything else, and every error, the full parser.
 * `fullParserOnly` turns the fast path off (tests compare the two).
 */
export function parseManifests(
  inputs: readonly ManifestInput[],
  { fullParserOnly = false }: { fullParserOnly?: boolean } = {},
): Result<ParsedManifests, ManifestError[]> {
  const errors: ManifestError[] = [];
  const notes: string[] = [];
  const objects: KubernetesObject[] = [];

  for (const input of inputs) {
    const plain = fullParserOnly ? null : parsePlainBlockYaml(input.text);
    if (plain) {
      plain.forEach((doc, index) => {
        if (doc.value === null) return;
        readDocument(doc.value, input.name, index + 1, doc.line, (i) => doc.itemLines[i]);
      });
      continue;
    }
    readWithFullParser(input);
  }

  /** Anything beyond plain block YAML, and every error, goes through `yaml`'s full parser. */
  function readWithFullParser(input: ManifestInput) {
    const lineCounter = new LineCounter();
    let documents: Document.Parsed[];
    try {
      documents = parseAllDocuments(input.text, {
        lineCounter,
        prettyErrors: false,
      }) as Document.Parsed[];
    } catch (e) {
      errors.push({ file: input.name, document: 1, line: 1, message: String(e) });
      return;
    }
    if (!Array.isArray(documents)) return;
    // An error at the very end of the text belongs to the last line that has content.
    const lastContent = Math.max(0, input.text.trimEnd().length - 1);
    const lineAt = (offset: number | null) =>
      offset === null ? 1 : lineCounter.linePos(Math.min(offset, lastContent)).line;

    documents.forEach((doc, index) => {
      const document = index + 1;
      const firstError = doc.errors[0];
      if (firstError) {
        const line = lineAt(firstError.pos[0]);
        errors.push({
          file: input.name,
          document,
          line,
          message: `invalid YAML: ${firstError.message.split('\n')[0]}`,
        });
        return;
      }
      if (doc.contents === null) return;
      const docLine = lineAt(offsetOf(doc.contents));
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        errors.push({
          file: input.name,
          document,
          line: docLine,
          message: `invalid YAML: ${String(e)}`,
        });
        return;
      }
      const itemsNode = isMap(doc.contents) ? doc.contents.get('items', true) : null;
      readDocument(value, input.name, document, docLine, (i) => {
        const offset = isSeq(itemsNode) ? offsetOf(itemsNode.items[i]) : null;
        return offset === null ? undefined : lineAt(offset);
      });
    });
  }

  /**
   * One document's value: a mapping that is an object, or a List of them. `itemLine(i)` is the
   * line the List's item i starts on, when known.
   */
  function readDocument(
    value: unknown,
    file: string,
    document: number,
    docLine: number,
    itemLine: (i: number) => number | undefined,
  ) {
    if (value === null || value === undefined) return;
    if (typeof value !== 'object' || Array.isArray(value)) {
      errors.push({
        file,
        document,
        line: docLine,
        message: 'a document must be a mapping with apiVersion and kind',
      });
      return;
    }
    const manifest = value as Json;
    if (
      manifest.kind === 'List' ||
      (typeof manifest.kind === 'string' &&
        manifest.kind.endsWith('List') &&
        Array.isArray(manifest.items))
    ) {
      asArray(manifest.items).forEach((item, i) => {
        readOne(asRecord(item), { file, document, line: itemLine(i) ?? docLine });
      });
      return;
    }
    readOne(manifest, { file, document, line: docLine });
  }

  function readOne(manifest: Json, source: SourceRef) {
    const kind = asString(manifest.kind);
    const apiVersion = asString(manifest.apiVersion);
    if (!kind || !apiVersion) {
      errors.push({ ...source, message: `document has no ${!kind ? 'kind' : 'apiVersion'}` });
      return;
    }
    if (!KNOWN_KINDS.has(kind)) {
      notes.push(
        noticeText('unknown-kind', {
          file: source.file,
          document: source.document,
          line: source.line,
          kind,
        }),
      );
      return;
    }
    const result = readObject(manifest, source);
    if (!result.ok) {
      errors.push({ ...source, message: result.error });
      return;
    }
    objects.push(result.value);
  }

  return errors.length > 0 ? err(errors) : ok({ objects, notes });
}
