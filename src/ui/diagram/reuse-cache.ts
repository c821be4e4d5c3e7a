/**
 * Hands back the object last built for an id while its content key stays the same, so memoised
 * consumers (React Flow's node and edge wrappers, our memo() nodes) see an unchanged element as
 * the very same object from one step to the next. One cache per canvas and per set of build
 * options: it keeps only the latest object of each id.
 */
export class ReuseCache<T> {
  private readonly entries = new Map<string, { key: string; value: T }>();

  get(id: string, key: string, build: () => T): T {
    const entry = this.entries.get(id);
    if (entry?.key === key) return entry.value;
    const value = build();
    this.entries.set(id, { key, value });
    return value;
  }
}
