/**
 * JSON that keeps what a structured clone keeps and plain JSON loses: an object reached along two
 * paths is one object again after decoding (a lesson's step parts are the very events of its
 * runs, and the frames find them by identity), and a property set to `undefined` stays present.
 *
 * The text is a table: entry 0 is the root; an object or array is stored once, in its own entry,
 * and referred to by index wherever it occurs.
 */

/** A reference to a table entry, and `undefined`: keys no data of ours uses. */
const REF = '\u0000ref';
const UNDEFINED = '\u0000undefined';

type Entry = unknown[] | Record<string, unknown>;

export function encodeShared(root: unknown): string {
  const table: Entry[] = [];
  const indexOf = new Map<object, number>();
  const cell = (value: unknown): unknown => {
    if (value === undefined) return { [UNDEFINED]: 1 };
    if (value === null || typeof value !== 'object') return value;
    // Only plain objects and arrays come back as they went: anything else (a Map, a Set, a Date)
    // would come back as an empty object, so it is refused here, at build time.
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
      throw new Error(
        `shared JSON: cannot carry a ${value.constructor?.name ?? 'non-plain object'}`,
      );
    let index = indexOf.get(value);
    if (index === undefined) {
      index = table.length;
      indexOf.set(value, index);
      table.push([]); // its place, filled below (an object may refer to itself)
      table[index] = Array.isArray(value)
        ? value.map(cell)
        : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cell(v)]));
    }
    return { [REF]: index };
  };
  const first = cell(root);
  return JSON.stringify({ root: first, table });
}

export function decodeShared(text: string): unknown {
  const { root, table } = JSON.parse(text) as { root: unknown; table: Entry[] };
  // Every entry's own object first, so a reference to one not yet filled still lands.
  const made: Entry[] = table.map((entry) => (Array.isArray(entry) ? [] : {}));
  const value = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const marked = v as Record<string, unknown>;
    if (UNDEFINED in marked) return undefined;
    const index = marked[REF];
    if (typeof index !== 'number' || !made[index]) throw new Error('not shared JSON');
    return made[index];
  };
  table.forEach((entry, i) => {
    const target = made[i]!;
    if (Array.isArray(entry)) (target as unknown[]).push(...entry.map(value));
    else
      for (const [k, v] of Object.entries(entry)) (target as Record<string, unknown>)[k] = value(v);
  });
  return value(root);
}
