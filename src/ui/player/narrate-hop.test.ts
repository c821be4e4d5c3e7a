import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedScenario } from '../../lesson/seed-scenario.ts';
import { runScenario } from '../../lesson/chapter-run.ts';
import { en } from '../../i18n/messages.en.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { buildPacketTimeline } from '../../scene/packet-timeline.ts';
import type { Trace } from '../../simulator/index.ts';
import { narrateSegment } from './narrate-hop.ts';

const sentences = (trace: Trace, locale: 'en' | 'ko' = 'en') => {
  const t = createTranslator(locale);
  return buildPacketTimeline(trace).segments.map((segment) => {
    const { key, params } = narrateSegment(segment, trace);
    return t(key, params);
  });
};
const seedTrace = (mode: 'instance' | 'ip') => {
  const run = runScenario(seedScenario, mode);
  if (!run.ok) throw new Error('seed');
  return run.trace;
};

describe('narrateSegment', () => {
  it('tells the seed instance path hop by hop, naming the target and its node', () => {
    expect(sentences(seedTrace('instance'))).toEqual([
      'The client asks DNS for api.example.com; the answer is the load balancer’s address, 198.51.100.32.',
      'The client 203.0.113.10 opens a connection to 198.51.100.32:443 and sends the request for /location.',
      'The ALB k8s-default-domainin-ff2d9f1492 accepts the connection on port 443.',
      'The listener HTTPS:443 terminates TLS and checks its rules in priority order.',
      'Rule 1 matches the request, so its action applies.',
      'The ALB forwards the request to i-0bbbbbbbbbbbbbbbb:31666 on node k8s-api-domain-2.',
      'The packet arrives at node k8s-api-domain-2 on its NodePort, 10.0.2.20:31666.',
      'kube-proxy’s iptables rules on k8s-api-domain-2 pick the pod 10.0.1.101:8000 and rewrite the destination to it (DNAT) and the source to the node’s address 10.0.2.20:33154 (SNAT).',
      'The chosen pod runs on another node, so the packet crosses the VPC to node k8s-api-domain.',
      'Pod default/domain-api-1 receives the request from 10.0.2.20:33154.',
      'Pod default/domain-api-1 answers; the response goes to 10.0.2.20:33154.',
      'The response crosses the VPC back to the node that took the request: 10.0.1.101:8000 → 10.0.2.20:33154.',
      'conntrack on k8s-api-domain-2 reverses the NAT (un-NAT): the response now goes 10.0.2.20:31666 → 10.0.101.32:59344.',
      'The response comes back to the ALB over the connection it opened to the target; the target group default/domain-ingress-location-api:80 only chose that target and is not on the way back.',
      'The ALB writes the response (200) on the client’s connection: 198.51.100.32:443 → 203.0.113.10:40903.',
      'The client receives 200 from the ALB.',
    ]);
  });

  it('sends straight to a pod IP in ip mode', () => {
    const told = sentences(seedTrace('ip'));
    expect(told[5]).toBe(
      'The ALB sends the request straight to pod default/domain-api-3 at 10.0.2.103:8000 on node k8s-api-domain-2.',
    );
    expect(told[6]).toContain('no NodePort and no kube-proxy NAT');
    expect(told.join(' ')).not.toContain('kube-proxy’s iptables');
  });

  it('has a sentence, with every value filled, for every hop of every golden trace, in both languages', () => {
    const dir = join(import.meta.dirname, '../../simulator/__golden__/traces');
    const traces = [
      'seed-instance-cluster-cross-node',
      'nlb-instance-cluster-snat',
      'nlb-ip-sees-nlb-address',
      'in-tree-clb-by-dns-name',
      'fixed-response-action',
      'instance-local-no-snat',
      'redirect-action',
      'no-matching-host-default-404',
    ];
    for (const name of traces) {
      const trace = JSON.parse(
        readFileSync(join(dir, name, 'expected-trace.json'), 'utf8'),
      ) as Trace;
      for (const locale of ['en', 'ko'] as const) {
        for (const sentence of sentences(trace, locale)) {
          expect(sentence, `${name} ${locale}`).not.toMatch(/\{\w+\}|undefined|null| \?[ .]/);
        }
      }
    }
  });

  it('uses only narration keys that exist', () => {
    const trace = seedTrace('instance');
    for (const segment of buildPacketTimeline(trace).segments)
      expect(Object.keys(en)).toContain(narrateSegment(segment, trace).key);
  });
});
