import { MAX_SPEED, MIN_SPEED } from './playback-slice.ts';

/**
 * The parameters only the embed reads (besides the app's own `lang`, `chapter`, `step`, `mode`,
 * `theme`): `embed=1` turns the compact player on, `autoplay=1` plays through from the step,
 * `speed` sets the clock's speed, `controls=0` hides the controls, and `allowOrigin` (one or more,
 * comma-separated or repeated) lists the only origins whose commands are obeyed.
 */
export interface EmbedOptions {
  autoplay: boolean;
  /** 0.25 to 4, or null to keep the default. */
  speed: number | null;
  controls: boolean;
  /** Origins (`https://wiki.example.com`) commands are accepted from; null: any origin. */
  allowOrigins: readonly string[] | null;
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/** True when the address asks for the compact embed player (`embed=1`). */
export function isEmbedSearch(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && TRUE.has(value.trim().toLowerCase());
}

/** An origin as the browser reports it (`scheme://host[:port]`), or null when it is not one. */
export function normalizeOrigin(raw: string): string | null {
  const text = raw.trim();
  if (text === '' || text.length > 300) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Reads the embed parameters; a bad value is ignored (the default stays). */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) => {
    const value = params.get(name)?.trim().toLowerCase();
    if (value === undefined) return fallback;
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    return fallback;
  };
  const rawSpeed = params.get('speed');
  const speedNumber =
    rawSpeed !== null && /^\d{1,2}(\.\d{1,3})?$/.test(rawSpeed.trim()) ? Number(rawSpeed) : NaN;
  const speed =
    Number.isFinite(speedNumber) && speedNumber >= MIN_SPEED && speedNumber <= MAX_SPEED
      ? speedNumber
      : null;
  const origins = params
    .getAll('allowOrigin')
    .flatMap((value) => value.split(','))
    .map(normalizeOrigin)
    .filter((origin): origin is string => origin !== null);
  return {
    autoplay: flag('autoplay', false),
    speed,
    controls: flag('controls', true),
    allowOrigins: params.has('allowOrigin') ? [...new Set(origins)] : null,
  };
}

/** The parameters the embed owns; "Open in full app" leaves them out. */
export const embedParams: readonly string[] = [
  'embed',
  'autoplay',
  'speed',
  'controls',
  'allowOrigin',
];

/** The same address without the embed's own parameters: the full app at the same state. */
export function fullAppSearch(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of embedParams) params.delete(name);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
