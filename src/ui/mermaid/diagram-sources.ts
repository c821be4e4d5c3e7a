import type { Locale } from '../../i18n/locales.ts';

const files = import.meta.glob<string>('../../../content/diagrams/*.mmd', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const byName = new Map(
  Object.entries(files).map(([path, text]) => [/([^/]+)\.mmd$/.exec(path)?.[1] ?? path, text]),
);

/** A diagram's Mermaid source in the reader's language (`name.ko.mmd`), else the shared one. */
export function diagramSource(name: string, locale: Locale): string | null {
  return byName.get(`${name}.${locale}`) ?? byName.get(name) ?? null;
}
