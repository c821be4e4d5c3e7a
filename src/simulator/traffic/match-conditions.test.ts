/**
 * ALB listener-rule condition matching (reference §4.1; AWS "Listener rules" condition types and
 * the *ConditionConfig API pages): host case-insensitive, path case-sensitive, `*` any run, `?`
 * exactly one character, the path pattern never sees the query string, query-string and
 * http-header values case-insensitive, http-request-method case-sensitive, source-ip by CIDR.
 */
import { describe, expect, it } from 'vitest';
import type { PlanCondition } from '../aws/plan.ts';
import {
  conditionMatches,
  ruleMatches,
  wildcardMatch,
  type HttpRequestView,
} from './match-conditions.ts';

const request = (overrides: Partial<HttpRequestView> = {}): HttpRequestView => ({
  host: 'api.example.com',
  path: '/',
  query: new URLSearchParams(),
  method: 'GET',
  headers: {},
  sourceIp: '203.0.113.10',
  ...overrides,
});

const host = (...values: string[]): PlanCondition => ({ field: 'host-header', values });
const path = (...values: string[]): PlanCondition => ({ field: 'path-pattern', values });
const query = (...values: string[]): PlanCondition => ({ field: 'query-string', values });
const sourceIp = (...values: string[]): PlanCondition => ({ field: 'source-ip', values });
const header = (name: string, ...values: string[]): PlanCondition => ({
  field: 'http-header',
  httpHeaderName: name,
  values,
});

describe('wildcardMatch', () => {
  it('* matches any run of characters, including none', () => {
    expect(wildcardMatch('/api/*', '/api/', false)).toBe(true);
    expect(wildcardMatch('/api/*', '/api/v1/orders', false)).toBe(true);
    expect(wildcardMatch('*', '', false)).toBe(true);
    expect(wildcardMatch('/a*z', '/az', false)).toBe(true);
  });

  it('? matches exactly one character', () => {
    expect(wildcardMatch('/v?/users', '/v1/users', false)).toBe(true);
    expect(wildcardMatch('/v?/users', '/v/users', false)).toBe(false);
    expect(wildcardMatch('/v?/users', '/v10/users', false)).toBe(false);
  });

  it('matches the whole value, not a substring', () => {
    expect(wildcardMatch('/api', '/api/x', false)).toBe(false);
    expect(wildcardMatch('/api', '/v1/api', false)).toBe(false);
  });

  it('treats regex metacharacters literally', () => {
    expect(wildcardMatch('api.example.com', 'apixexample.com', false)).toBe(false);
    expect(wildcardMatch('/a+b', '/aab', false)).toBe(false);
    expect(wildcardMatch('/a+b', '/a+b', false)).toBe(true);
    expect(wildcardMatch('/(x)', '/(x)', false)).toBe(true);
    expect(wildcardMatch('/[ab]', '/a', false)).toBe(false);
  });

  it('ignores case only when asked to', () => {
    expect(wildcardMatch('/API/*', '/api/x', false)).toBe(false);
    expect(wildcardMatch('*.EXAMPLE.com', 'shop.example.COM', true)).toBe(true);
  });
});

describe('host-header', () => {
  it('is case-insensitive', () => {
    expect(conditionMatches(host('API.Example.COM'), request({ host: 'api.example.com' }))).toBe(
      true,
    );
    expect(conditionMatches(host('api.example.com'), request({ host: 'API.EXAMPLE.COM' }))).toBe(
      true,
    );
  });

  it('supports * and ? wildcards', () => {
    expect(conditionMatches(host('*.example.com'), request({ host: 'shop.example.com' }))).toBe(
      true,
    );
    expect(conditionMatches(host('*.example.com'), request({ host: 'example.com' }))).toBe(false);
    expect(conditionMatches(host('api?.example.com'), request({ host: 'api2.example.com' }))).toBe(
      true,
    );
    expect(conditionMatches(host('api?.example.com'), request({ host: 'api.example.com' }))).toBe(
      false,
    );
  });

  it('matches when any of the values matches (OR)', () => {
    const condition = host('a.example.com', 'b.example.com');
    expect(conditionMatches(condition, request({ host: 'b.example.com' }))).toBe(true);
    expect(conditionMatches(condition, request({ host: 'c.example.com' }))).toBe(false);
  });

  it('uses regexValues case-insensitively when given', () => {
    const condition: PlanCondition = {
      field: 'host-header',
      values: [],
      regexValues: ['^(www|shop)\\.example\\.com$'],
    };
    expect(conditionMatches(condition, request({ host: 'SHOP.example.com' }))).toBe(true);
    expect(conditionMatches(condition, request({ host: 'api.example.com' }))).toBe(false);
  });
});

describe('path-pattern', () => {
  it('is case-sensitive', () => {
    expect(conditionMatches(path('/API'), request({ path: '/API' }))).toBe(true);
    expect(conditionMatches(path('/API'), request({ path: '/api' }))).toBe(false);
    expect(conditionMatches(path('/api/*'), request({ path: '/Api/v1' }))).toBe(false);
  });

  it('Prefix /foo is ["/foo", "/foo/*"]: /foo and /foo/bar match, /foobar does not (§4.1, §11)', () => {
    const prefix = path('/foo', '/foo/*');
    expect(conditionMatches(prefix, request({ path: '/foo' }))).toBe(true);
    expect(conditionMatches(prefix, request({ path: '/foo/' }))).toBe(true);
    expect(conditionMatches(prefix, request({ path: '/foo/bar' }))).toBe(true);
    expect(conditionMatches(prefix, request({ path: '/foobar' }))).toBe(false);
  });

  it('ImplementationSpecific "/" matches only "/" (§4.1)', () => {
    expect(conditionMatches(path('/'), request({ path: '/' }))).toBe(true);
    expect(conditionMatches(path('/'), request({ path: '/index.html' }))).toBe(false);
    expect(conditionMatches(path('/*'), request({ path: '/index.html' }))).toBe(true);
  });

  it('never sees the query string (the view carries the path only)', () => {
    const view = request({ path: '/search', query: new URLSearchParams('q=x') });
    expect(conditionMatches(path('/search'), view)).toBe(true);
    expect(conditionMatches(path('/search?q=x'), view)).toBe(false);
  });

  it('uses regexValues case-sensitively when given', () => {
    const condition: PlanCondition = {
      field: 'path-pattern',
      values: [],
      regexValues: ['^/api/v[0-9]+/.*$'],
    };
    expect(conditionMatches(condition, request({ path: '/api/v2/orders' }))).toBe(true);
    expect(conditionMatches(condition, request({ path: '/API/v2/orders' }))).toBe(false);
  });
});

describe('query-string', () => {
  const view = (text: string) => request({ query: new URLSearchParams(text) });

  it('matches a key=value pair anywhere in the query', () => {
    expect(conditionMatches(query('version=v2'), view('a=1&version=v2'))).toBe(true);
    expect(conditionMatches(query('version=v2'), view('version=v1'))).toBe(false);
    expect(conditionMatches(query('version=v2'), view(''))).toBe(false);
  });

  it('matches a bare value under any key', () => {
    expect(conditionMatches(query('beta'), view('channel=beta'))).toBe(true);
    expect(conditionMatches(query('beta'), view('channel=stable'))).toBe(false);
  });

  it('supports wildcards in the value', () => {
    expect(conditionMatches(query('version=v*'), view('version=v10'))).toBe(true);
    expect(conditionMatches(query('version=v?'), view('version=v10'))).toBe(false);
  });

  it('compares values case-insensitively', () => {
    expect(conditionMatches(query('version=V2'), view('version=v2'))).toBe(true);
  });

  it('compares keys case-insensitively too (QueryStringConditionConfig: "The comparison is case insensitive")', () => {
    expect(conditionMatches(query('version=v2'), view('Version=v2'))).toBe(true);
  });

  it('matches when any of the pairs is found (OR)', () => {
    expect(conditionMatches(query('a=1', 'b=2'), view('b=2'))).toBe(true);
  });
});

describe('http-header', () => {
  it('finds the header by name case-insensitively and compares values case-insensitively', () => {
    const condition = header('X-Canary', 'on');
    expect(conditionMatches(condition, request({ headers: { 'x-canary': 'ON' } }))).toBe(true);
    expect(conditionMatches(condition, request({ headers: { 'X-CANARY': 'on' } }))).toBe(true);
    expect(conditionMatches(condition, request({ headers: { 'x-canary': 'off' } }))).toBe(false);
  });

  it('does not match when the header is absent', () => {
    expect(conditionMatches(header('X-Canary', '*'), request({ headers: {} }))).toBe(false);
  });

  it('supports wildcards', () => {
    const condition = header('User-Agent', '*Mobile*');
    expect(
      conditionMatches(condition, request({ headers: { 'user-agent': 'Mozilla/5.0 (Mobile)' } })),
    ).toBe(true);
    expect(conditionMatches(condition, request({ headers: { 'user-agent': 'curl/8.0' } }))).toBe(
      false,
    );
  });
});

describe('http-request-method', () => {
  it('is case-sensitive', () => {
    const condition: PlanCondition = { field: 'http-request-method', values: ['GET', 'HEAD'] };
    expect(conditionMatches(condition, request({ method: 'HEAD' }))).toBe(true);
    expect(conditionMatches(condition, request({ method: 'POST' }))).toBe(false);
    expect(conditionMatches(condition, request({ method: 'get' }))).toBe(false);
  });
});

describe('source-ip', () => {
  it('matches the client address against CIDR blocks', () => {
    expect(conditionMatches(sourceIp('203.0.113.0/24'), request())).toBe(true);
    expect(conditionMatches(sourceIp('203.0.113.10/32'), request())).toBe(true);
    expect(conditionMatches(sourceIp('203.0.113.11/32'), request())).toBe(false);
    expect(conditionMatches(sourceIp('10.0.0.0/8'), request())).toBe(false);
    expect(conditionMatches(sourceIp('0.0.0.0/0'), request())).toBe(true);
  });

  it('matches when any block contains the address (OR)', () => {
    expect(conditionMatches(sourceIp('10.0.0.0/8', '203.0.112.0/23'), request())).toBe(true);
  });

  it('does not match an invalid block', () => {
    expect(conditionMatches(sourceIp('not-a-cidr'), request())).toBe(false);
  });
});

describe('ruleMatches', () => {
  it('ANDs the conditions of a rule', () => {
    const conditions = [host('api.example.com'), path('/v1/*')];
    expect(ruleMatches(conditions, request({ path: '/v1/users' }))).toBe(true);
    expect(ruleMatches(conditions, request({ path: '/v2/users' }))).toBe(false);
    expect(ruleMatches(conditions, request({ host: 'www.example.com', path: '/v1/users' }))).toBe(
      false,
    );
  });

  it('an empty condition list matches everything', () => {
    expect(ruleMatches([], request())).toBe(true);
  });
});
