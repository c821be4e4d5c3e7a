import { isChapterId, isTargetMode, type ChapterId, type TargetMode } from '../lesson/chapters.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The state an exported SVG or PNG carries (in its metadata), so that dropping the file onto
 * the app opens the same chapter, step, target type and scenario.
 */
export interface ExportState {
  chapter: ChapterId;
  /** The step as the address names it: its id, or its number from 1. */
  step: string;
  mode: TargetMode;
  lang: Locale;
  /** The playground's `scenario` parameter as it was in the address; null for a chapter's own. */
  scenario: string | null;
}

export const EXPORT_APP = 'lbc-explainer';
const VERSION = 1;
const STEP = /^([1-9]\d{0,3}|[a-z][a-z0-9-]{0,63})$/;
const MAX_SCENARIO = 200_000;

/** The state as JSON text, ASCII only (a PNG text chunk is Latin-1). */
export function exportStateJson(state: ExportState): string {
  const json = JSON.stringify({ app: EXPORT_APP, version: VERSION, ...state });
  return json.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The state in a file's metadata, or null when the text is not exactly ours. */
export function parseExportState(text: string): ExportState | null {
  if (text.length > MAX_SCENARIO + 1_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.app !== EXPORT_APP || d.version !== VERSION) return null;
  if (!isChapterId(d.chapter) || !isTargetMode(d.mode) || !isLocale(d.lang)) return null;
  if (typeof d.step !== 'string' || !STEP.test(d.step)) return null;
  const scenario = d.scenario ?? null;
  if (
    scenario !== null &&
    (typeof scenario !== 'string' || scenario.length > MAX_SCENARIO || /[\s<>"]/.test(scenario))
  )
    return null;
  return { chapter: d.chapter, step: d.step, mode: d.mode, lang: d.lang, scenario };
}

/** The app's address for a state (the query string). */
export function searchOfExportState(state: ExportState): string {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  params.set('chapter', state.chapter);
  params.set('step', state.step);
  params.set('mode', state.mode);
  if (state.scenario !== null) params.set('scenario', state.scenario);
  return `?${params}`;
}

const SVG_METADATA = /<metadata id="lbc-explainer-state">([^<]*)<\/metadata>/;
const unescapeXml = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
  );

/** The state an exported SVG carries, or null. */
export function stateFromSvg(svg: string): ExportState | null {
  const match = SVG_METADATA.exec(svg.slice(0, 2_000_000));
  return match ? parseExportState(unescapeXml(match[1] ?? '')) : null;
}
