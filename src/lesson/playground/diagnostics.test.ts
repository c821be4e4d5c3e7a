import { describe, expect, it } from 'vitest';
import appYaml from '../../../content/playground/app-ip.yaml?raw';
import { runPlayground } from './run-playground.ts';

const run = (text: string) =>
  runPlayground({ text, url: 'http://shop.example.com/', clientIp: '198.51.100.7', seed: 1 });
/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const only = (text: string) => run(text).diagnostics.map((d) => [d.code, d.line]);

describe('findings at their lines', () => {
  it('finds nothing in a good app, and assumes the alb IngressClass it does not define', () => {
    const result = run(appYaml);
    expect(result.diagnostics).toEqual([]);
    expect(result.assumedIngressClass).toBe(true);
    expect(result.plan?.loadBalancers).toHaveLength(1);
  });

  it('puts a YAML syntax error on its line', () => {
    const text = appYaml.replace('  replicas: 5', '  replicas: [5');
    const [first] = run(text).diagnostics;
    expect(first?.code).toBe('yaml');
    expect(first?.line).toBeGreaterThanOrEqual(lineOf(text, 'replicas'));
    expect(first?.line).toBeLessThanOrEqual(lineOf(text, 'replicas') + 2);
  });

  it('puts an unknown annotation on its key', () => {
    const text = appYaml.replace(
      '    alb.ingress.kubernetes.io/scheme',
      '    alb.ingress.kubernetes.io/helthcheck-path: /health\n    alb.ingress.kubernetes.io/scheme',
    );
    expect(only(text)).toEqual([['unknown-annotation', lineOf(text, 'helthcheck-path')]]);
  });

  it('puts an invalid target type on the target-type annotation', () => {
    const text = appYaml.replace('target-type: ip', 'target-type: pod');
    expect(only(text)).toEqual([['target-type', lineOf(text, 'target-type')]]);
  });

  it("puts instance mode on a ClusterIP Service on the annotation, with the controller's words", () => {
    const text = appYaml
      .replace('target-type: ip', 'target-type: instance')
      .replace('type: NodePort', 'type: ClusterIP');
    const [finding] = run(text).diagnostics;
    expect(finding).toMatchObject({
      code: 'instance-clusterip',
      line: lineOf(text, 'target-type'),
    });
    expect(finding?.message).toContain("must of type 'NodePort' or 'LoadBalancer'");
  });

  it('puts a missing Service port on the backend port that names it', () => {
    const text = appYaml.replace('port: { number: 80 }', 'port: { number: 8081 }');
    expect(only(text)).toEqual([['service-port', lineOf(text, 'number: 8081')]]);
  });

  it('puts an Ingress of a class no controller serves on its class', () => {
    const text = appYaml.replace('ingressClassName: alb', 'ingressClassName: nginx');
    expect(only(text)).toEqual([['ingress-class', lineOf(text, 'ingressClassName')]]);
  });

  it('warns about an Ingress with no class at all, which no controller claims', () => {
    const text = appYaml.replace('  ingressClassName: alb\n', '');
    expect(only(text)).toEqual([['unclaimed', lineOf(text, 'kind: Ingress') + 2]]);
  });

  it('puts conflicting group settings on the annotation that conflicts, on every member', () => {
    const member = (name: string, scheme: string) =>
      appYaml
        .split('---')[3]!
        .replace('name: web\n  namespace', `name: ${name}\n  namespace`)
        .replace(
          'alb.ingress.kubernetes.io/scheme: internet-facing',
          `alb.ingress.kubernetes.io/scheme: ${scheme}\n    alb.ingress.kubernetes.io/group.name: shop`,
        );
    const text = [
      ...appYaml.split('---').slice(0, 3),
      member('a', 'internet-facing'),
      member('b', 'internal'),
    ].join('---');
    const schemeLines = text.split('\n').flatMap((l, i) => (l.includes('/scheme:') ? [i + 1] : []));
    expect(only(text)).toEqual(schemeLines.map((line) => ['group-conflict', line]));
  });

  it('warns about a kind it does not simulate, at the document', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n${appYaml}`;
    expect(only(text)).toEqual([['unknown-kind', 1]]);
  });

  it('refuses text over the size budget and deep nesting before parsing', () => {
    expect(only('#'.repeat(2_000_001))).toEqual([['too-large', 1]]);
    expect(only(`a: ${'['.repeat(5000)}`)).toEqual([['too-deep', 1]]);
  });
});
