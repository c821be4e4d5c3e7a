import { describe, expect, it } from 'vitest';
import { ANNOTATION_TABLE, INGRESS_PREFIX, SERVICE_PREFIX } from './annotation-table.ts';

describe('ANNOTATION_TABLE', () => {
  it('lists each key once', () => {
    const keys = ANNOTATION_TABLE.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts each annotation under the prefix of the object it sits on', () => {
    for (const a of ANNOTATION_TABLE) {
      if (a.key === 'kubernetes.io/ingress.class') continue;
      expect(a.key.startsWith(a.on === 'ingress' ? INGRESS_PREFIX : SERVICE_PREFIX), a.key).toBe(
        true,
      );
    }
  });

  it('gives every annotation an example', () => {
    for (const a of ANNOTATION_TABLE) expect(a.example.length, a.key).toBeGreaterThan(0);
  });
});
