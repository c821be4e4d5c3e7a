import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, withScenarioParam } from './scenario-codec.ts';

describe('the scenario in a link', () => {
  it('gives back exactly the manifests it packed, Korean, emoji and markup included', async () => {
    const text =
      'kind: Ingress\nmetadata:\n  name: "<img src=x onerror=alert(1)>"\n# 한국어 주석 🚀\n';
    const value = await encodeScenario(text);
    expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeScenario(value)).toBe(text);
  });

  it('packs a long, repetitive file into a much shorter parameter', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n---\n'.repeat(500);
    const value = await encodeScenario(text);
    expect(value.length).toBeLessThan(text.length / 10);
    expect(await decodeScenario(value)).toBe(text);
  });

  it('reads a garbled or foreign value as nothing instead of throwing', async () => {
    expect(await decodeScenario('1.!!!not-base64')).toBeNull();
    expect(await decodeScenario('1.AAAA')).toBeNull();
    expect(await decodeScenario('kind: Pod')).toBeNull();
  });

  it('sets and removes the parameter and keeps the others', () => {
    const set = withScenarioParam('http://x/app/?lang=ko&chapter=playground', '1.abc');
    expect(new URL(set).searchParams.get('lang')).toBe('ko');
    expect(new URL(set).searchParams.get('scenario')).toBe('1.abc');
    expect(new URL(withScenarioParam(set, null)).searchParams.has('scenario')).toBe(false);
  });
});
