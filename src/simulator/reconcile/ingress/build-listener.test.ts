import { describe, expect, it } from 'vitest';
import {
  albClass,
  ingress,
  planOf,
  route,
  service,
  smallCluster,
} from '../../test-support/manifests.ts';

const base = [albClass, ...smallCluster(), service('web', {}), service('api', {})];
const A = 'alb.ingress.kubernetes.io/';

describe('buildListener rules (§4.1, §4.2)', () => {
  it('orders rules member by member, then rule by rule, then by sorted paths, priorities from 1', () => {
    const group = { [`${A}group.name`]: 'g' };
    const plan = planOf([
      ...base,
      ingress('second', { rules: [route('api', 80, '/api', 'Prefix', 'b.example.com')] }, group),
      ingress(
        'first',
        {
          rules: [
            {
              host: 'a.example.com',
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: { service: { name: 'web', port: { number: 80 } } },
                  },
                  {
                    path: '/exact',
                    pathType: 'Exact',
                    backend: { service: { name: 'web', port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
        group,
      ),
    ]);
    const rules = plan.loadBalancers[0]!.listeners[0]!.rules;
    expect(
      rules.map((r) => [
        r.priority,
        r.conditions.map((c) => `${c.field}=${c.values.join('|')}`).join(' '),
      ]),
    ).toEqual([
      [1, 'host-header=a.example.com path-pattern=/exact'],
      [2, 'host-header=a.example.com path-pattern=/*'],
      [3, 'host-header=b.example.com path-pattern=/api|/api/*'],
    ]);
  });

  it('redirects every HTTP listener with ssl-redirect and gives it no rules', () => {
    const plan = planOf([
      ...base,
      ingress(
        'web',
        { rules: [route('web')] },
        {
          [`${A}listen-ports`]: '[{"HTTP": 80}, {"HTTPS": 443}]',
          [`${A}certificate-arn`]: 'arn:c',
          [`${A}ssl-redirect`]: '443',
        },
      ),
    ]);
    const [http, https] = plan.loadBalancers[0]!.listeners;
    expect(http).toMatchObject({
      port: 80,
      rules: [],
      defaultAction: { type: 'redirect', protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' },
    });
    expect(https!.rules).toHaveLength(1);
  });

  it('uses the one defaultBackend as the default action, and refuses two', () => {
    const backend = { defaultBackend: { service: { name: 'web', port: { number: 80 } } } };
    const one = planOf([...base, ingress('web', backend)]);
    expect(one.loadBalancers[0]!.listeners[0]!.defaultAction).toEqual({
      type: 'forward',
      targetGroup: 'default/web-web:80',
    });
    const group = { [`${A}group.name`]: 'g' };
    const two = planOf([...base, ingress('a', backend, group), ingress('b', backend, group)]);
    expect(two.errors[0]?.message).toBe(
      'Failed build model due to multiple ingress defined default backend: [default/a default/b]',
    );
  });

  it('tolerates a missing backend Service as a fixed 503 and rejects a missing port', () => {
    const missing = planOf([...base, ingress('web', { rules: [route('gone')] })]);
    expect(missing.loadBalancers[0]!.listeners[0]!.rules[0]!.action).toEqual({
      type: 'fixed-response',
      statusCode: '503',
      contentType: 'text/plain',
      messageBody: 'Backend service does not exist',
    });
    const badPort = planOf([...base, ingress('web', { rules: [route('web', 8080)] })]);
    expect(badPort.errors[0]?.message).toBe(
      'Failed build model due to ingress: default/web: unable to find port 8080 on service default/web',
    );
  });

  it('appends conditions.<name> hosts to the rule host and puts header conditions first', () => {
    const plan = planOf([
      ...base,
      ingress(
        'web',
        { rules: [route('web', 80, '/', 'Prefix', 'a.example.com')] },
        {
          [`${A}conditions.web`]:
            '[{"field":"http-header","httpHeaderConfig":{"httpHeaderName":"X-Canary","values":["on"]}},{"field":"host-header","hostHeaderConfig":{"values":["b.example.com"]}}]',
        },
      ),
    ]);
    expect(plan.loadBalancers[0]!.listeners[0]!.rules[0]!.conditions).toEqual([
      { field: 'http-header', values: ['on'], httpHeaderName: 'X-Canary' },
      { field: 'host-header', values: ['a.example.com', 'b.example.com'] },
      { field: 'path-pattern', values: ['/*'] },
    ]);
  });

  it('drops a rule shadowed by an earlier redirect on the same host', () => {
    const plan = planOf([
      ...base,
      ingress(
        'web',
        {
          rules: [
            {
              host: 'old.example.com',
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: { service: { name: 'moved', port: { name: 'use-annotation' } } },
                  },
                  {
                    path: '/docs',
                    pathType: 'ImplementationSpecific',
                    backend: { service: { name: 'web', port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
        {
          [`${A}actions.moved`]:
            '{"type":"redirect","redirectConfig":{"host":"new.example.com","statusCode":"HTTP_301"}}',
        },
      ),
    ]);
    // Prefix / (→ /*) sorts before ImplementationSpecific /docs, so the redirect covers it.
    const rules = plan.loadBalancers[0]!.listeners[0]!.rules;
    expect(rules.map((r) => r.action.type)).toEqual(['redirect']);
  });
});
