import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate.ts';
import { runPlayground } from '../../lesson/playground/run-playground.ts';
import { buildPacketTimeline } from '../../scene/packet-timeline.ts';
import type { Trace } from '../../simulator/index.ts';
import { narrateSegment } from '../player/narrate-hop.ts';
import { traceVerdict } from './trace-verdict.ts';

const app = readFileSync(
  new URL('../../../content/playground/app-ip.yaml', import.meta.url),
  'utf8',
);
/** The same app behind a second Ingress (its own load balancer) for another host. */
const twoLoadBalancers = `${app}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: admin, namespace: shop }
spec:
  ingressClassName: alb
  rules:
    - host: admin.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
`;

function run(text: string, url: string) {
  const result = runPlayground({ text, url, clientIp: '203.0.113.10', seed: 1 });
  const trace = result.lesson?.ok ? (result.lesson.runs.main?.trace ?? null) : null;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return { result, trace, verdict: traceVerdict(trace, result.plan, errors) };
}

/** The request's sentences as the diagram's player tells them. */
const told = (trace: Trace, locale: 'en' | 'ko') => {
  const t = createTranslator(locale);
  return buildPacketTimeline(trace)
    .segments.filter((s) => s.direction === 'request')
    .map((s) => {
      const { key, params } = narrateSegment(s, trace);
      return t(key, params);
    });
};

describe('the trace of the reader’s URL', () => {
  it('reaches the load balancer and tells its status when the URL and the manifests are good', () => {
    expect(run(app, 'http://shop.example.com/').verdict).toEqual({ kind: 'status', status: 200 });
  });

  for (const url of ['not a url', 'http://<b>x</b>/', 'http://shop(1).example.com/'])
    it(`calls “${url}” not a URL, never a host DNS is asked for`, () => {
      const { trace, verdict } = run(app, url);
      expect(verdict).toEqual({ kind: 'not-url' });
      expect(trace?.hops.map((h) => h.at)).toEqual(['client']);
      for (const locale of ['en', 'ko'] as const) {
        const sentences = told(trace!, locale).join(' ');
        expect(sentences).toContain(`“${url}”`);
        expect(sentences).not.toMatch(/DNS|load balancer|로드 밸런서/);
      }
    });

  it('says the manifests have errors when the build failed, not that no one answers the host', () => {
    const broken = app.replace('target-type: ip', 'target-type: pod');
    const { verdict } = run(broken, 'http://shop.example.com/');
    expect(verdict).toEqual({ kind: 'build-failed', errors: 1 });
    expect(createTranslator('en')('playground.trace.buildFailed', { count: 1 })).toContain(
      'the manifests have errors',
    );
  });

  it('says unreadable YAML is an error too, rather than saying nothing', () => {
    expect(run('kind: [', 'http://shop.example.com/').verdict).toEqual({
      kind: 'build-failed',
      errors: 1,
    });
  });

  it('says nothing asks for a load balancer when the manifests have none and no errors', () => {
    const noIngress = app.slice(0, app.lastIndexOf('---'));
    expect(run(noIngress, 'http://shop.example.com/').verdict).toEqual({
      kind: 'no-load-balancer',
    });
  });

  it('answers NXDOMAIN for a host no load balancer serves, and never calls the resolver the load balancer', () => {
    const { trace, verdict } = run(twoLoadBalancers, 'http://nobody.example.com/');
    expect(verdict).toEqual({ kind: 'no-answer', host: 'nobody.example.com' });
    const resolver = trace!.hops[0]!.dst.replace(/:\d+$/, '');
    for (const locale of ['en', 'ko'] as const) {
      const [sentence] = told(trace!, locale);
      expect(sentence).toContain('nobody.example.com');
      expect(sentence).toContain('NXDOMAIN');
      expect(sentence).not.toContain(resolver);
    }
  });

  it('names the load balancer’s address, not the resolver’s, when DNS answers', () => {
    const { trace } = run(twoLoadBalancers, 'http://admin.example.com/');
    const [dns, client] = trace!.hops;
    const [sentence] = told(trace!, 'en');
    expect(sentence).toContain(client!.dst.replace(/:\d+$/, ''));
    expect(sentence).not.toContain(dns!.dst.replace(/:\d+$/, ''));
  });
});
