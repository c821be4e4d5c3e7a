import type { Theme } from './url-sync.ts';

/**
 * A `theme` value as a host may pass it: ours (`light`, `dark`, `system`), or a colour-mode word
 * a wiki macro might hand on (`auto` for "match the system", `original` for a classic light
 * look). Issue 11 asks for the value of Confluence Data Center's `{confluenceColorMode}`; its
 * values could not be confirmed in Atlassian's documentation, so the Share dialog and the README
 * promise only ours. Case and spaces do not matter. Anything else is null (the caller falls back
 * and says so).
 */
export function themeFromParam(raw: string): Theme | null {
  const value = raw.trim().toLowerCase();
  if (value === 'light' || value === 'original') return 'light';
  if (value === 'dark') return 'dark';
  if (value === 'system' || value === 'auto') return 'system';
  return null;
}
