import type { GlossaryEntry } from '../../../content/glossary/define-term.ts';

const modules = import.meta.glob<{ default: Record<string, GlossaryEntry> }>(
  ['../../../content/glossary/*.ts', '!../../../content/glossary/define-term.ts'],
  { eager: true },
);

/** Every glossary entry by id, from all of content/glossary/*.ts. */
export const glossary: ReadonlyMap<string, GlossaryEntry> = new Map(
  Object.values(modules).flatMap((m) => Object.entries(m.default)),
);
