/** Small fast-check combinators the manifest generators are written with. */
import fc from 'fast-check';

/** One of the values, each with its weight. */
export const weighted = <T>(...choices: [T, number][]): fc.Arbitrary<T> =>
  fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));

/** `arb` with probability `present`, else null (null first, so that shrinking drops it). */
export const maybe = <T>(arb: fc.Arbitrary<T>, present = 0.5): fc.Arbitrary<T | null> =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: Math.round((1 - present) * 100) },
    { arbitrary: arb, weight: Math.round(present * 100) },
  );

/**
 * Optional annotations: each is present with its probability, mostly with a valid value and
 * now and then with one the controller rejects (so that whole groups fail to build sometimes).
 */
export const annotations = (
  choices: Record<
    string,
    { present: number; valid: readonly string[]; invalid?: readonly string[] }
  >,
): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      ...Object.entries(choices).map(([key, { present, valid, invalid = [] }]) =>
        maybe(
          fc.oneof(
            { arbitrary: fc.constantFrom(...valid), weight: 12 },
            ...(invalid.length ? [{ arbitrary: fc.constantFrom(...invalid), weight: 1 }] : []),
          ),
          present,
        ).map((value) => [key, value] as const),
      ),
    )
    .map((entries) =>
      Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null)),
    );

/** `count` items, the i-th drawn from `make(i)`. */
export const indexed = <T>(
  make: (i: number) => fc.Arbitrary<T>,
  count: fc.Arbitrary<number>,
): fc.Arbitrary<T[]> =>
  count.chain((n) =>
    n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => make(i))),
  );
