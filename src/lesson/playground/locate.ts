import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';

/** Where an object starts in the reader's text: its YAML document (1-based) and first line. */
export interface ObjectPlace {
  document: number;
  line: number;
}

type Step = string | number;
/** A position inside an object: the keys from its root (`['metadata', 'annotations', key]`). */
export type KeyPath = readonly Step[];

/**
 * Finds lines inside the reader's manifests: the line of a key, or of the first value a test
 * accepts. The text is parsed once, on first use (only a run with something to point at pays).
 */
export class TextLocator {
  private parsed: { roots: (Node | null)[]; lineOf: (offset: number) => number } | null = null;

  constructor(private readonly text: string) {}

  private read() {
    if (!this.parsed) {
      const counter = new LineCounter();
      let roots: (Node | null)[];
      try {
        roots = parseAllDocuments(this.text, { lineCounter: counter }).map(
          (d) => d.contents as Node | null,
        );
      } catch {
        roots = [];
      }
      this.parsed = { roots, lineOf: (offset) => counter.linePos(offset).line };
    }
    return this.parsed;
  }

  /** The object's own map: the document, or the item of a `kind: List` that starts on its line. */
  private objectNode(place: ObjectPlace): Node | null {
    const { roots, lineOf } = this.read();
    const root = roots[place.document - 1] ?? null;
    if (!isMap(root)) return null;
    const items = root.get('items', true);
    if (isSeq(items)) {
      const item = items.items.find((n) => {
        const range = (n as Node | null)?.range;
        return range ? lineOf(range[0]) === place.line : false;
      });
      if (item) return item as Node;
    }
    return root;
  }

  /** The line of the last key of `path` inside the object, or null when it is not written. */
  keyLine(place: ObjectPlace, path: KeyPath): number | null {
    let node: unknown = this.objectNode(place);
    let line: number | null = null;
    for (const step of path) {
      if (typeof step === 'number') {
        if (!isSeq(node)) return null;
        node = node.items[step];
        const range = (node as Node | undefined)?.range;
        if (range) line = this.read().lineOf(range[0]);
        continue;
      }
      if (!isMap(node)) return null;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === step);
      if (!pair) return null;
      const range = (pair.key as Node).range;
      if (range) line = this.read().lineOf(range[0]);
      node = pair.value;
    }
    return line;
  }

  /** The line of the first scalar in the object whose key path and value `accept` says yes to. */
  findLine(place: ObjectPlace, accept: (path: readonly string[], value: string) => boolean) {
    const { lineOf } = this.read();
    const visit = (node: unknown, path: string[], depth: number): number | null => {
      if (depth > 64) return null;
      if (isMap(node) || isSeq(node)) {
        for (const [index, item] of node.items.entries()) {
          if (isPair(item)) {
            const key = isScalar(item.key) ? String(item.key.value) : '';
            const found = visit(item.value, [...path, key], depth + 1);
            if (found !== null) return found;
          } else {
            const found = visit(item, [...path, String(index)], depth + 1);
            if (found !== null) return found;
          }
        }
        return null;
      }
      if (isScalar(node) && accept(path, String(node.value)) && node.range)
        return lineOf(node.range[0]);
      return null;
    };
    return visit(this.objectNode(place), [], 0);
  }
}
