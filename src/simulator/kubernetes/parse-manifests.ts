import { isMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { asArray, asRecord, asString, type Json } from './fields.ts';
import type { KubernetesObject, SourceRef } from './objects.ts';
import { KNOWN_KINDS, readObject } from './read-object.ts';
import { err, ok, type Result } from '../util/result.ts';

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

/** Parses many files of multi-document YAML (and `kind: List`) into typed objects. */
export function parseManifests(
  inputs: readonly ManifestInput[],
): Result<ParsedManifests, ManifestError[]> {
  const errors: ManifestError[] = [];
  const notes: string[] = [];
  const objects: KubernetesObject[] = [];

  for (const input of inputs) {
    const lineCounter = new LineCounter();
    let documents: Document.Parsed[];
    try {
      documents = parseAllDocuments(input.text, {
        lineCounter,
        prettyErrors: false,
      }) as Document.Parsed[];
    } catch (e) {
      errors.push({ file: input.name, document: 1, line: 1, message: String(e) });
      continue;
    }
    if (!Array.isArray(documents)) continue;
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
      if (value === null || value === undefined) return;
      if (typeof value !== 'object' || Array.isArray(value)) {
        errors.push({
          file: input.name,
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
        const itemsNode = isMap(doc.contents) ? doc.contents.get('items', true) : null;
        asArray(manifest.items).forEach((item, i) => {
          const itemNode = isSeq(itemsNode) ? itemsNode.items[i] : null;
          const line = lineAt(offsetOf(itemNode) ?? offsetOf(doc.contents));
          readOne(asRecord(item), { file: input.name, document, line });
        });
        return;
      }
      readOne(manifest, { file: input.name, document, line: docLine });
    });
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
        `${source.file}: document ${source.document}, line ${source.line}: kind ${kind} is not simulated; ignored`,
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
