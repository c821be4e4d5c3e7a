import type { Theme } from './url-sync.ts';

/**
 * A `theme` value as a host may pass it: ours (`light`, `dark`, `system`), or the colour mode an
 * Atlassian page hands a macro (`{confluenceColorMode}` in a Confluence Data Center user macro:
 * `light`, `dark`, `auto` for "match the system", `original` for the classic light look). Case and
 * spaces do not matter. Anything else is null (the caller falls back and says so).
 */
export function themeFromParam(raw: string): Theme | null {
  const value = raw.trim().toLowerCase();
  if (value === 'light' || value === 'original') return 'light';
  if (value === 'dark') return 'dark';
  if (value === 'system' || value === 'auto') return 'system';
  return null;
}
