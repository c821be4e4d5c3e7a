import { describe, expect, it } from 'vitest';
import appYaml from '../../../content/playground/app-ip.yaml?raw';
import { idsAtLine, linesOfId } from './provenance.ts';
import { runPlayground } from './run-playground.ts';

const result = runPlayground({
  text: appYaml,
  url: 'http://shop.example.com/',
  clientIp: '198.51.100.7',
  seed: 1,
});
const lineOf = (needle: string) => appYaml.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('provenance: YAML lines ⇄ AWS resources and diagram elements', () => {
  it("maps an Ingress's lines to its load balancer, listener, rules and target group", () => {
    const ids = idsAtLine(result.provenance, lineOf('target-type: ip'));
    const lb = result.plan!.loadBalancers[0]!;
    expect(ids).toContain(`lb:${lb.stack}`);
    expect(ids).toContain(`listener:${lb.stack}/80`);
    expect(ids).toContain(`rule:${lb.stack}/80/1`);
    expect(ids).toContain(`tg:${result.plan!.targetGroups[0]!.id}`);
    expect([...ids].some((id) => id.startsWith('pod:'))).toBe(false);
  });

  it("maps a Deployment's replicas line to the pods made from it and their ip targets", () => {
    const ids = [...idsAtLine(result.provenance, lineOf('replicas: 5'))];
    expect(ids.filter((id) => id.startsWith('pod:shop/web-'))).toHaveLength(5);
    expect(ids.filter((id) => id.startsWith('target:'))).toHaveLength(5);
    expect(ids.some((id) => id.startsWith('lb:'))).toBe(false);
  });

  it('maps a diagram element back to the lines of every object behind it', () => {
    const tg = `tg:${result.plan!.targetGroups[0]!.id}`;
    const ranges = linesOfId(result.provenance, tg);
    const starts = ranges.map((r) => r.from);
    // An object starts at its first key (apiVersion, the line above kind) and runs to the next.
    expect(starts).toContain(lineOf('kind: Service') - 1);
    expect(starts).toContain(lineOf('kind: Ingress') - 1);
    const pod = linesOfId(result.provenance, 'pod:shop/web-3');
    expect(pod).toEqual([
      { from: lineOf('kind: Deployment') - 1, to: lineOf('kind: Service') - 2 },
    ]);
  });

  it('maps nothing to a line outside every object', () => {
    expect(idsAtLine(result.provenance, 10_000).size).toBe(0);
  });
});
