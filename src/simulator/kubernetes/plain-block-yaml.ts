/**
 * A fast reader for the YAML that Kubernetes manifests are almost always written in: block
 * mappings and block sequences of single-line plain or quoted scalars, comments, and `---`
 * between documents. It returns exactly what `yaml`'s parseAllDocuments + toJS would (core
 * schema, YAML 1.2), with the line numbers parseManifests reports, or null the moment it meets
 * anything else — flow collections, block scalars, anchors, aliases, tags, multi-line scalars,
 * escapes, duplicate keys, tabs, deep nesting, invalid YAML — and then the caller parses the
 * whole file with the full parser, so errors, and every unusual case, stay the full parser's.
 *
 * About ten times faster than the full parser on large inputs: no token stream, no CST, no node
 * tree, one pass over the lines.
 */
import type { Json } from './fields.ts';

export interface PlainDocument {
  /** The document's top-level mapping, or null for an empty document. */
  value: Json | null;
  /** The 1-based line its content starts on (its first key). */
  line: number;
  /** When the top-level mapping has an `items:` block sequence: the line each item starts on. */
  itemLines: number[];
}

/** Nesting deeper than this is left to the full parser (manifests rarely go past 15). */
const MAX_DEPTH = 100;
/** YAML limits an implicit key to 1024 characters; stay well clear of the edge. */
const MAX_KEY_LENGTH = 1000;

/** Characters the fast path never handles: tabs, CR, other C0/C1 controls, BOM, LS/PS. */
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** A `---` line with nothing after it but spaces or a comment. */
const DOCUMENT_START = /^---(?: +(?:#.*)?)?$/;
/** Characters that make a plain scalar (or key) something the fast path leaves alone. */
const FLOW_CHARACTERS = /[[\]{}]/;
const QUOTE_CHARACTERS = /["']/;
const QUOTED_TAIL = /^(?: *| +#.*)$/;

const SKIP = -1; // a blank or comment line
const SEPARATOR = -2; // a `---` line

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** Start characters that are YAML indicators (a plain scalar can't start with them here). */
const INDICATOR_START = new Set(Array.from('-?:,[]{}#&*!|>\'"%@`', (c) => c.charCodeAt(0)));

/** Thrown inside this module only, to give up on the fast path; never escapes it. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('not plain block YAML');

const unsupported = (): never => {
  throw UNSUPPORTED;
};

/** A plain scalar's value under the YAML 1.2 core schema, in `yaml`'s tag order. */
export function plainScalarValue(text: string): unknown {
  const c = text.charCodeAt(0);
  // Most scalars start with a letter that can't begin null, a boolean or a number.
  if (
    (c >= 0x61 /* a */ && c <= 0x7a /* z */ && c !== 0x66 && c !== 0x6e && c !== 0x74) ||
    (c >= 0x41 /* A */ && c <= 0x5a /* Z */ && c !== 0x46 && c !== 0x4e && c !== 0x54)
  )
    return text;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return c === 0x74 || c === 0x54;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text))
    return text.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** Sets a key as `yaml`'s toJS does (an inherited name such as `__proto__` becomes an own key). */
function setKey(map: Json, key: string, value: unknown): void {
  // Values are never undefined, so undefined means neither an own nor an inherited key.
  if (map[key] === undefined) map[key] = value;
  else if (Object.prototype.hasOwnProperty.call(map, key))
    unsupported(); // duplicate: an error
  else
    Object.defineProperty(map, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

/** A key's resolved property name, remembered by a hash of its text (keys repeat a lot). */
interface KnownKey {
  raw: string;
  key: string;
}

class BlockReader {
  private readonly text: string;
  /** Where each line starts, and where it ends (its `\n`, or the end of the text). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Per line: its indentation, or SKIP / SEPARATOR. A compact mapping in a sequence rewrites it. */
  private readonly indents: Int32Array;
  private readonly lineCount: number;
  private cursor = 0;
  /** Where the last key() ended: the position after its colon. */
  private keyEnd = 0;
  /** Where the last quoted() scalar ended: the position after its closing quote. */
  private quotedEnd = 0;
  private readonly knownKeys = new Map<number, KnownKey>();

  constructor(text: string) {
    this.text = text;
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.lineCount = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.indents = new Int32Array(count);
    let start = 0;
    for (let i = 0; i < count; i++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.starts[i] = start;
      this.ends[i] = end;
      let at = start;
      while (text.charCodeAt(at) === SPACE) at++;
      if (at === end || text.charCodeAt(at) === HASH) this.indents[i] = SKIP;
      else if (at === start && (text.startsWith('---', at) || text.startsWith('...', at))) {
        // `...`, or content after `---`
        if (!DOCUMENT_START.test(text.slice(start, end))) unsupported();
        this.indents[i] = SEPARATOR;
      } else if (at === start && text.charCodeAt(at) === 0x25 /* % */)
        unsupported(); // a directive
      else this.indents[i] = at - start;
      start = end + 1;
    }
  }

  documents(): PlainDocument[] {
    const documents: PlainDocument[] = [];
    // A document begins at `---` or at content; `---` after either ends it.
    let open = false;
    for (;;) {
      const i = this.skip();
      if (i >= this.lineCount) break;
      if (this.indents[i] === SEPARATOR) {
        if (open) documents.push({ value: null, line: i + 1, itemLines: [] });
        open = true;
        this.cursor = i + 1;
        continue;
      }
      if (this.indents[i] !== 0) unsupported();
      const itemLines: number[] = [];
      const value = this.mapping(0, 0, itemLines);
      const next = this.skip();
      if (next < this.lineCount && this.indents[next] !== SEPARATOR) unsupported();
      documents.push({ value, line: i + 1, itemLines });
      open = false;
    }
    if (open) documents.push({ value: null, line: this.lineCount, itemLines: [] });
    return documents;
  }

  /** The next line that is not blank or a comment (a separator counts), from the cursor. */
  private skip(): number {
    let i = this.cursor;
    while (i < this.lineCount && this.indents[i] === SKIP) i++;
    this.cursor = i;
    return i;
  }

  /** The next content line of the current document, or -1 at a separator or the end. */
  private peek(): number {
    const i = this.skip();
    return i < this.lineCount && this.indents[i] !== SEPARATOR ? i : -1;
  }

  /** Whether a `-` indicator stands at `at` (a line ending at `end`). */
  private isDash(at: number, end: number): boolean {
    const text = this.text;
    return text.charCodeAt(at) === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE);
  }

  /** A block mapping whose keys sit at column `indent`; its first line is the cursor's. */
  private mapping(indent: number, depth: number, itemLines: number[] | null): Json {
    if (depth > MAX_DEPTH) unsupported();
    const text = this.text;
    const map: Json = {};
    for (;;) {
      const i = this.peek();
      if (i < 0 || this.indents[i]! < indent) return map;
      if (this.indents[i]! > indent) unsupported(); // a continuation line, or bad indentation
      const end = this.ends[i]!;
      const key = this.key(this.starts[i]! + indent, end);
      if (key === null) return unsupported();
      this.cursor = i + 1;
      let at = this.keyEnd;
      while (text.charCodeAt(at) === SPACE) at++;
      let value: unknown;
      if (at === end || text.charCodeAt(at) === HASH) {
        // Nothing after the colon: a nested block on the next lines, or null.
        const next = this.peek();
        const nextIndent = next < 0 ? -1 : this.indents[next]!;
        const dash = next >= 0 && this.isDash(this.starts[next]! + nextIndent, this.ends[next]!);
        const sink = itemLines !== null && key === 'items' ? itemLines : null;
        if (nextIndent > indent)
          value = dash
            ? this.sequence(nextIndent, depth + 1, sink)
            : this.mapping(nextIndent, depth + 1, null);
        else if (nextIndent === indent && dash) value = this.sequence(indent, depth + 1, sink);
        else value = null;
      } else value = this.scalar(at, end);
      setKey(map, key, value);
    }
  }

  /** A block sequence whose dashes sit at column `indent`. */
  private sequence(indent: number, depth: number, itemLines: number[] | null): unknown[] {
    if (depth > MAX_DEPTH) unsupported();
    const text = this.text;
    const items: unknown[] = [];
    for (;;) {
      const i = this.peek();
      if (i < 0 || this.indents[i]! < indent) return items;
      if (this.indents[i]! > indent) unsupported();
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      if (text.charCodeAt(start + indent) !== DASH) return items; // the parent mapping's next key
      if (!this.isDash(start + indent, end)) unsupported();
      let at = start + indent + 1;
      while (text.charCodeAt(at) === SPACE) at++;
      // An empty item, or one whose content starts on the next line, or `- - x`.
      if (at === end || text.charCodeAt(at) === HASH || this.isDash(at, end)) unsupported();
      itemLines?.push(i + 1);
      if (this.key(at, end) !== null) {
        // A compact mapping: its first key is on the dash's line, the others at its column.
        this.indents[i] = at - start;
        items.push(this.mapping(at - start, depth + 1, null));
      } else {
        this.cursor = i + 1;
        items.push(this.scalar(at, end));
      }
    }
  }

  /**
   * The mapping key at `at` (a line ending at `end`) as a JS property name (keyEnd: the
   * position after its colon), or null when the line is not a `key:` line.
   */
  private key(at: number, end: number): string | null {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const key = this.quoted(at, end);
      const after = this.quotedEnd;
      if (
        after === end ||
        text.charCodeAt(after) !== COLON ||
        (after + 1 < end && text.charCodeAt(after + 1) !== SPACE)
      )
        return null;
      this.keyEnd = after + 1;
      return key;
    }
    // One pass: find `: ` (or a final `:`), hashing the key and noting what would make it unusual.
    let hash = 0;
    let unusual = false;
    let colon = -1;
    for (let p = at; p < end; p++) {
      const d = text.charCodeAt(p);
      if (d === COLON && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) {
        colon = p;
        break;
      }
      if (
        d === HASH ||
        d === DOUBLE_QUOTE ||
        d === SINGLE_QUOTE ||
        d === 0x5b ||
        d === 0x5d ||
        d === 0x7b ||
        d === 0x7d
      )
        unusual = true;
      hash = (Math.imul(hash, 31) + d) | 0;
    }
    if (colon < 0) return null;
    const length = colon - at;
    this.keyEnd = colon + 1;
    const known = this.knownKeys.get(hash);
    if (known !== undefined && known.raw.length === length && text.startsWith(known.raw, at))
      return known.key;
    const raw = text.slice(at, colon);
    if (
      INDICATOR_START.has(c) ||
      length > MAX_KEY_LENGTH ||
      raw.charCodeAt(length - 1) === SPACE ||
      (unusual &&
        (raw.includes(' #') || FLOW_CHARACTERS.test(raw) || QUOTE_CHARACTERS.test(raw))) ||
      raw === '<<'
    )
      unsupported();
    const value = plainScalarValue(raw);
    const key = value === null ? '' : String(value);
    if (known === undefined) this.knownKeys.set(hash, { raw, key });
    return key;
  }

  /** A single-line scalar from `at` to the end of the line (or a comment). */
  private scalar(at: number, end: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const value = this.quoted(at, end);
      if (this.quotedEnd < end && !QUOTED_TAIL.test(text.slice(this.quotedEnd, end))) unsupported();
      return value;
    }
    // `-x` is a plain scalar; `-` alone or `- x` would be a sequence.
    const plainDash = c === DASH && at + 1 < end && text.charCodeAt(at + 1) !== SPACE;
    if (INDICATOR_START.has(c) && !plainDash) unsupported();
    // One pass: stop at a comment; give up on `: `, a final `:` or flow indicators.
    let stop = end;
    for (let p = at; p < end; p++) {
      const d = text.charCodeAt(p);
      if (d === SPACE) {
        const e = text.charCodeAt(p + 1);
        if (e === HASH && p + 1 < end) {
          stop = p;
          break;
        }
      } else if (d === COLON) {
        if (p + 1 === end || text.charCodeAt(p + 1) === SPACE) unsupported();
      } else if (d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d) unsupported();
    }
    while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
    if (text.charCodeAt(stop - 1) === COLON) unsupported();
    return plainScalarValue(text.slice(at, stop));
  }

  /** A quoted scalar that closes on its own line, without escapes (quotedEnd: the position after it). */
  private quoted(at: number, end: number): string {
    const text = this.text;
    if (text.charCodeAt(at) === DOUBLE_QUOTE) {
      const close = text.indexOf('"', at + 1);
      if (close < 0 || close >= end) unsupported();
      const value = text.slice(at + 1, close);
      if (value.includes('\\')) unsupported();
      this.quotedEnd = close + 1;
      return value;
    }
    let from = at + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0 || close >= end) unsupported();
      if (text.charCodeAt(close + 1) === SINGLE_QUOTE && close + 1 < end) {
        from = close + 2;
        continue;
      }
      this.quotedEnd = close + 1;
      return text.slice(at + 1, close).replaceAll("''", "'");
    }
  }
}

/**
 * Every document of `text` read by the fast path, or null when the text uses anything beyond
 * plain block YAML (then parse it with the full parser).
 */
export function parsePlainBlockYaml(text: string): PlainDocument[] | null {
  if (UNUSUAL_CHARACTERS.test(text)) return null;
  try {
    return new BlockReader(text).documents();
  } catch (e) {
    if (e === UNSUPPORTED) return null;
    throw e;
  }
}
