import type { GlossaryEntry } from '../../../content/glossary/define-term.ts';

/** Every glossary entry by id, from all of content/glossary/*.ts. */
export type Glossary = ReadonlyMap<string, GlossaryEntry>;

// One chunk per file, fetched after the page's first paint: the definitions are read on a click,
// and the page's first script stays within its budget.
const modules = import.meta.glob<Record<string, GlossaryEntry>>(
  ['../../../content/glossary/*.ts', '!../../../content/glossary/define-term.ts'],
  { import: 'default' },
);

let loaded: Glossary | null = null;
let pending: Promise<Glossary> | null = null;

/** The glossary once it has arrived, else null. */
export const loadedGlossary = (): Glossary | null => loaded;

/** Loads the glossary (once); a failed fetch (offline) is tried again at the next call. */
export function loadGlossary(): Promise<Glossary> {
  pending ??= Promise.all(Object.values(modules).map((load) => load())).then(
    (files) => (loaded = new Map(files.flatMap((file) => Object.entries(file)))),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
