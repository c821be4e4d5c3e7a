import { describe, expect, it } from 'vitest';
import { readSettings } from './settings.ts';

describe('readSettings irsa.failure (§8)', () => {
  it('accepts oidc (no IAM OIDC provider) next to trust and permission', () => {
    for (const failure of ['none', 'trust', 'permission', 'oidc']) {
      const notes: string[] = [];
      expect(readSettings({ irsa: { failure } }, notes).irsa.failure).toBe(failure);
      expect(notes).toEqual([]);
    }
  });

  it('falls back to none, with a note, for anything else', () => {
    const notes: string[] = [];
    expect(readSettings({ irsa: { failure: 'thumbprint' } }, notes).irsa.failure).toBe('none');
    expect(notes).toHaveLength(1);
  });
});
