import { locales, type Locale } from '../../i18n/locales.ts';

const files = import.meta.glob<string>('../../../content/diagrams/*.mmd', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each source by its file name without `.mmd`: `setup-corrected.ko`, `setup-as-written`. */
export const diagramFiles: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, text]) => [/([^/]+)\.mmd$/.exec(path)?.[1] ?? path, text]),
);

/** The file a diagram is drawn from in the reader's language (`name.ko`), else the shared one. */
export function diagramFile(name: string, locale: Locale): string | null {
  const own = `${name}.${locale}`;
  if (diagramFiles.has(own)) return own;
  return diagramFiles.has(name) ? name : null;
}

/** A diagram's Mermaid source in the reader's language (`name.ko.mmd`), else the shared one. */
export function diagramSource(name: string, locale: Locale): string | null {
  const file = diagramFile(name, locale);
  return file === null ? null : (diagramFiles.get(file) ?? null);
}

const language = new RegExp(`\\.(${locales.join('|')})$`);

/** Every diagram's name, without a language (`setup-corrected`, `setup-as-written`). */
export const diagramNames: readonly string[] = [
  ...new Set([...diagramFiles.keys()].map((file) => file.replace(language, ''))),
];
