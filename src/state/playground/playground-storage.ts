import { asReplaced, type Replaced } from './replace-work.ts';

/** The reader's playground work on this device, so a reload loses nothing. */
const KEY = 'aws-lbc-explained:playground:v1';
/** The work a lab, an example or a file replaced, until the reader undoes or dismisses it. */
const REPLACED_KEY = 'aws-lbc-explained:playground:replaced:v1';

export interface StoredPlayground {
  text: string;
  url: string;
  clientIp: string;
  actions: string;
}

export const isStored = (value: unknown): value is StoredPlayground => {
  const v = value as Partial<StoredPlayground> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.text === 'string' &&
    typeof v.url === 'string' &&
    typeof v.clientIp === 'string' &&
    typeof v.actions === 'string'
  );
};

/** What was kept, or null (nothing, storage blocked, or something this version cannot read). */
export function loadPlayground(storage: Storage | null = safeStorage()): StoredPlayground | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isStored(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the work; false when the browser refused (private mode, quota). */
export function savePlayground(value: StoredPlayground, storage = safeStorage()): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(value));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The replaced work kept for Undo, or null. */
export function loadReplaced(storage: Storage | null = safeStorage()): Replaced | null {
  try {
    const raw = storage?.getItem(REPLACED_KEY);
    return raw ? asReplaced(JSON.parse(raw), isStored) : null;
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) the replaced work; false when the browser refused. */
export function saveReplaced(value: Replaced | null, storage = safeStorage()): boolean {
  try {
    if (value === null) storage?.removeItem(REPLACED_KEY);
    else storage?.setItem(REPLACED_KEY, JSON.stringify(value));
    return storage !== null;
  } catch {
    return false;
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
