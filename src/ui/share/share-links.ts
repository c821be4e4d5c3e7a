import type { ChapterId, TargetMode } from '../../lesson/chapters.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Theme } from '../../state/url-sync.ts';

/** What the dialog shares: the place and how it looks. */
export interface SharePlace {
  chapter: ChapterId;
  step: string;
  mode: TargetMode;
  lang: Locale;
  theme: Theme;
  /** The playground's `scenario` parameter, kept as it is. */
  scenario: string | null;
}

/** Where the app lives: the page's address without its query and fragment. */
export function appBase(location: Pick<Location, 'origin' | 'pathname' | 'href'>): string {
  if (location.origin === 'null' || location.origin === '') return location.href.split(/[?#]/)[0]!;
  return `${location.origin}${location.pathname}`;
}

function query(place: SharePlace, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    lang: place.lang,
    chapter: place.chapter,
    step: place.step,
    mode: place.mode,
  });
  if (place.theme !== 'system') params.set('theme', place.theme);
  if (place.scenario !== null) params.set('scenario', place.scenario);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `?${params}`;
}

/**
 * An attribute value. `&` stays as it is: an address pasted from the snippet into a wiki's URL
 * field must work too, and `&name=` is never read as a character reference in an attribute.
 */
const attr = (text: string) =>
  text.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe's height for a 760 px wide frame: a 16:9 diagram plus the narration and controls. */
export const EMBED_HEIGHT = 520;

export function shareLinks(base: string, place: SharePlace, title: string) {
  const link = `${base}${query(place)}`;
  const embedSrc = `${base}${query(place, { embed: '1' })}`;
  const iframe = `<iframe src="${attr(embedSrc)}" title="${attr(title)}" width="760" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`;
  const script = new URL('embed.js', base.endsWith('/') ? base : base.replace(/[^/]*$/, '')).href;
  const attributes = [
    ['chapter', place.chapter],
    ['step', place.step],
    ['mode', place.mode],
    ['lang', place.lang],
    ...(place.theme !== 'system' ? [['theme', place.theme]] : []),
  ]
    .map(([name, value]) => `${name}="${attr(value!)}"`)
    .join(' ');
  const element = `<script src="${attr(script)}" defer></script>\n<lbc-explainer ${attributes}></lbc-explainer>`;
  return { link, embedSrc, iframe, element };
}

/** The wikis the dialog tells how to share in, in the order it lists them. */
export const SHARE_HOSTS = [
  'confluenceCloud',
  'confluenceDc',
  'notion',
  'gitlab',
  'github',
  'mediawiki',
] as const;
export type ShareHost = (typeof SHARE_HOSTS)[number];

/** Text for a Markdown link's or image's label: its brackets escaped. */
const markdownLabel = (text: string) => text.replace(/([[\]\\])/g, '\\$1');

export interface RecipeInput {
  links: ReturnType<typeof shareLinks>;
  /** The names the SVG and PNG downloads get (`fileName` in ../export/file-name.ts). */
  files: { svg: string; png: string };
  /** What the picture shows (its alt text): the chapter and step. */
  caption: string;
  /** The Mermaid flowchart of the step, once it is written (null before). */
  flowchart: string | null;
}

/**
 * What to paste into each wiki, ready to copy: the live player's address or iframe where the
 * host allows frames, otherwise the picture (under the name it is downloaded with) or the Mermaid
 * text, each linking to this very step.
 */
export function hostRecipes({ links, files, caption, flowchart }: RecipeInput) {
  const label = markdownLabel(caption);
  const linkLine = `[${label}](${links.link})`;
  return {
    confluenceCloud: links.embedSrc,
    confluenceDc: links.iframe,
    notion: links.embedSrc,
    gitlab: flowchart ? `\`\`\`mermaid\n${flowchart}\n\`\`\`\n\n${linkLine}` : linkLine,
    github: `[![${label}](${files.svg})](${links.link})`,
    mediawiki: `[[File:${files.png}|link=${links.link}|${caption.replace(/[|\]]/g, ' ')}]]`,
  } satisfies Record<ShareHost, string>;
}
