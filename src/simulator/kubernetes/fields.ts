/** Defensive readers for untyped manifest values: wrong shapes become defaults, never throws. */
export type Json = Record<string, unknown>;

export const asRecord = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asString = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : null;

export const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
};

export const asStringMap = (value: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(asRecord(value))) {
    const text = asString(raw);
    if (text !== null) out[key] = text;
  }
  return out;
};

/** A whole number, or null. */
export const asInteger = (value: unknown): number | null => {
  const n = asNumber(value);
  return n !== null && Number.isInteger(n) ? n : null;
};

/** Kubernetes int-or-string: a number, or a numeric string, stays a number. */
export const asIntOrString = (value: unknown): number | string | null => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string') return /^\d+$/.test(value) ? Number(value) : value;
  return null;
};
