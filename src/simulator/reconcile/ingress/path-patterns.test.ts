import { describe, expect, it } from 'vitest';
import type { IngressPath } from '../../kubernetes/objects.ts';
import { buildPathPatterns, sortIngressPaths } from './path-patterns.ts';

const p = (path: string, pathType: string | null): IngressPath => ({
  path,
  pathType,
  backend: { service: null },
});

describe('buildPathPatterns (§4.1)', () => {
  it.each([
    ['/foo', 'Exact', ['/foo']],
    ['/foo/', 'Exact', ['/foo/']],
    ['/', 'Prefix', ['/*']],
    ['/foo', 'Prefix', ['/foo', '/foo/*']],
    ['/foo/', 'Prefix', ['/foo', '/foo/*']],
    ['/', 'ImplementationSpecific', ['/']],
    ['/*', null, ['/*']],
  ])('%s %s → %j', (path, type, values) => {
    expect(buildPathPatterns(path, type, false)).toEqual({
      ok: true,
      value: { values, regexValues: [] },
    });
  });

  it('rejects wildcards in Exact and Prefix paths', () => {
    expect(buildPathPatterns('/a*', 'Exact', false)).toEqual({
      ok: false,
      error: "exact path shouldn't contain wildcards: /a*",
    });
    expect(buildPathPatterns('/*', 'Prefix', false)).toEqual({
      ok: false,
      error: "prefix path shouldn't contain wildcards: /*",
    });
  });

  it('strips the leading / for regex path matching', () => {
    expect(buildPathPatterns('/^/api/(.+)$', 'ImplementationSpecific', true)).toEqual({
      ok: true,
      value: { values: [], regexValues: ['^/api/(.+)$'] },
    });
  });
});

describe('sortIngressPaths (§4.2)', () => {
  it('puts Exact first, then Prefix longest first (stable), then the rest in manifest order', () => {
    const sorted = sortIngressPaths([
      p('/z', null),
      p('/a', 'Prefix'),
      p('/abc', 'Prefix'),
      p('/x', 'Exact'),
      p('/b', 'Prefix'),
      p('/y', 'ImplementationSpecific'),
    ]);
    expect(sorted.ok && sorted.value.map((x) => x.path)).toEqual([
      '/x',
      '/abc',
      '/a',
      '/b',
      '/z',
      '/y',
    ]);
  });

  it('rejects an unknown pathType', () => {
    expect(sortIngressPaths([p('/a', 'Regex')])).toEqual({
      ok: false,
      error: 'unknown pathType for path /a',
    });
  });
});
