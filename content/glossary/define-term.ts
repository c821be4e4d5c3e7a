/** One glossary entry in both languages; a missing language is a type error. */
export interface GlossaryEntry {
  en: { term: string; definition: string };
  ko: { term: string; definition: string };
}

export const defineTerms = <Ids extends string>(terms: Record<Ids, GlossaryEntry>) => terms;
