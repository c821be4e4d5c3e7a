import { err, ok, type Result } from '../util/result.ts';
import {
  INGRESS_PREFIX,
  SERVICE_PREFIX,
  type AnnotationPrefix,
  type AnnotationSuffix,
} from '../annotation-table.ts';

export { INGRESS_PREFIX, SERVICE_PREFIX };

/** Go's strconv.ParseInt error text, as the controller wraps it. */
const goParseIntError = (raw: string, bits: 32 | 64): string | null => {
  if (!/^[+-]?\d+$/.test(raw))
    return `strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax`;
  const value = Number(raw);
  const limit = bits === 32 ? 2 ** 31 : 2 ** 63;
  if (value >= limit || value < -limit)
    return `strconv.ParseInt: parsing ${JSON.stringify(raw)}: value out of range`;
  return null;
};

const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

const splitList = (raw: string): string[] =>
  raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/**
 * Reads annotations the way the controller's suffix parser does: `<prefix>/<suffix>` keys,
 * comma lists, `k=v` maps, Go integer and boolean syntax, and its exact error texts. Only the
 * suffixes of `ANNOTATION_TABLE` type-check, so the reference page lists every key read here.
 */
export class AnnotationReader<P extends AnnotationPrefix = typeof INGRESS_PREFIX> {
  private readonly prefix: P;
  constructor(
    private readonly annotations: Readonly<Record<string, string>>,
    prefix?: P,
  ) {
    this.prefix = prefix ?? (INGRESS_PREFIX as P);
  }

  key(suffix: AnnotationSuffix<P>): string {
    return `${this.prefix}/${suffix}`;
  }

  has(suffix: AnnotationSuffix<P>): boolean {
    return this.key(suffix) in this.annotations;
  }

  string(suffix: AnnotationSuffix<P>): string | null {
    return this.annotations[this.key(suffix)] ?? null;
  }

  stringList(suffix: AnnotationSuffix<P>): string[] | null {
    const raw = this.string(suffix);
    return raw === null ? null : splitList(raw);
  }

  stringMap(suffix: AnnotationSuffix<P>): Result<Record<string, string> | null> {
    const raw = this.string(suffix);
    if (raw === null) return ok(null);
    const out: Record<string, string> = {};
    for (const pair of splitList(raw)) {
      const index = pair.indexOf('=');
      const key = index < 0 ? '' : pair.slice(0, index).trim();
      if (index < 0 || key.length === 0) {
        return err(`failed to parse stringMap annotation, ${this.key(suffix)}: ${raw}`);
      }
      out[key] = pair.slice(index + 1).trim();
    }
    return ok(out);
  }

  int(suffix: AnnotationSuffix<P>, bits: 32 | 64 = 32): Result<number | null> {
    const raw = this.string(suffix);
    if (raw === null) return ok(null);
    const problem = goParseIntError(raw, bits);
    if (problem)
      return err(`failed to parse int${bits} annotation, ${this.key(suffix)}: ${raw}: ${problem}`);
    return ok(Number(raw));
  }

  bool(suffix: AnnotationSuffix<P>): Result<boolean | null> {
    const raw = this.string(suffix);
    if (raw === null) return ok(null);
    if (GO_TRUE.includes(raw)) return ok(true);
    if (GO_FALSE.includes(raw)) return ok(false);
    return err(
      `failed to parse bool annotation, ${this.key(suffix)}: ${raw}: strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax`,
    );
  }

  json(suffix: AnnotationSuffix<P>): Result<unknown> {
    const raw = this.string(suffix);
    if (raw === null) return ok(undefined);
    try {
      return ok(JSON.parse(raw) as unknown);
    } catch (e) {
      return err(
        `failed to parse json annotation, ${this.key(suffix)}: ${raw}: ${(e as Error).message}`,
      );
    }
  }
}

/** Service annotations first, so a Service value wins over the Ingress's (§3: MergeStringMap). */
export const mergeServiceFirst = (
  service: Readonly<Record<string, string>>,
  ingress: Readonly<Record<string, string>>,
): Record<string, string> => ({ ...ingress, ...service });

/** Field lookup that ignores case, as Go's encoding/json does when decoding into a struct. */
export function jsonField(object: unknown, name: string): unknown {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return undefined;
  const record = object as Record<string, unknown>;
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const match = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : record[match];
}
