import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse-manifests.ts';

const parse = (text: string, name = 'in.yaml') => parseManifests([{ name, text }]);

describe('parseManifests', () => {
  it('reads many documents and skips empty ones', () => {
    const result = parse(
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n',
    );
    expect(result.ok && result.value.objects.map((o) => o.meta.name)).toEqual(['a', 'b']);
  });

  it('expands kind: List and points each item at its own line', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata: {name: a}\n  - apiVersion: v1\n    kind: Namespace\n    metadata: {name: b}\n';
    const result = parse(text);
    expect(result.ok && result.value.objects.map((o) => [o.meta.name, o.source.line])).toEqual([
      ['a', 4],
      ['b', 7],
    ]);
  });

  it('reports invalid YAML with the file, document and line, without throwing', () => {
    const result = parse(
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: [unclosed\n',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error[0]).toMatchObject({ file: 'in.yaml', document: 2, line: 6 });
  });

  it('requires kind and apiVersion', () => {
    const noKind = parse('apiVersion: v1\nmetadata: {name: a}\n');
    const noApi = parse('kind: Pod\nmetadata: {name: a}\n');
    expect(!noKind.ok && noKind.error[0]?.message).toBe('document has no kind');
    expect(!noApi.ok && noApi.error[0]?.message).toBe('document has no apiVersion');
  });

  it('notes and ignores kinds it does not simulate', () => {
    const result = parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    expect(result.ok && result.value.objects).toEqual([]);
    expect(result.ok && result.value.notes[0]).toContain('ConfigMap is not simulated');
  });

  it('treats a Pod with a deletionTimestamp as terminating and not ready', () => {
    const result = parse(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, deletionTimestamp: "2026-01-01T00:00:00Z"}\nstatus:\n  podIP: 10.0.0.1\n  conditions: [{type: Ready, status: "True"}]\n',
    );
    const pod = result.ok ? result.value.objects[0] : undefined;
    expect(pod?.kind === 'Pod' && [pod.ready, pod.terminating, pod.containersReady]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
