import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedScenario } from '../../lesson/seed-scenario.ts';
import { runScenario } from '../../lesson/chapter-run.ts';
import { buildPacketTimeline } from '../../scene/packet-timeline.ts';
import type { Trace } from '../../simulator/index.ts';
import { describePdu } from './describe-pdu.ts';

const seedRun = (mode: 'instance' | 'ip') => {
  const run = runScenario(seedScenario, mode);
  if (!run.ok) throw new Error('seed');
  return run;
};
const golden = (name: string): Trace =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../simulator/__golden__/traces', name, 'expected-trace.json'),
      'utf8',
    ),
  ) as Trace;
const pduAt = (trace: Trace, direction: 'request' | 'response', at: string) => {
  const segment = buildPacketTimeline(trace).segments.find(
    (s) => s.direction === direction && s.hop.at === at && s.hop.before,
  );
  if (!segment) throw new Error(`${direction} ${at}`);
  return describePdu(segment, trace);
};

describe('describePdu on the seed in instance mode', () => {
  const { trace } = seedRun('instance');

  it('calls the ALB hop a new connection and marks the X-Forwarded headers as added there', () => {
    const pdu = pduAt(trace, 'request', 'target-group');
    expect(pdu.rewrite).toBe('proxy');
    expect(pdu.in).toEqual({ src: '203.0.113.10:40903', dst: '198.51.100.32:443' });
    expect(pdu.out.dst).toBe('10.0.2.20:31666');
    expect(pdu.headers?.filter((h) => h.addedHere).map((h) => h.name)).toEqual([
      'X-Forwarded-For',
      'X-Forwarded-Proto',
      'X-Forwarded-Port',
    ]);
    expect(pdu.headers?.find((h) => h.name === 'Host')).toMatchObject({ addedHere: false });
  });

  it('shows DNAT + SNAT at kube-proxy with its chains, and un-NAT on the way back', () => {
    const way = pduAt(trace, 'request', 'kube-proxy');
    expect(way.rewrite).toBe('dnat-snat');
    expect(way.chains?.[0]).toBe('KUBE-SERVICES');
    expect(way.chains).toContain('KUBE-MARK-MASQ');
    expect(pduAt(trace, 'response', 'kube-proxy').rewrite).toBe('un-nat');
  });

  it("shows the ALB's answer leaving on the client's connection as a proxy's, with both sides", () => {
    const { timeline } = seedRun('instance');
    const back = timeline.segments.find((s) => s.direction === 'response' && s.hop.at === 'alb')!;
    const pdu = describePdu(back, trace);
    expect(pdu.rewrite).toBe('proxy');
    expect(pdu.in).toEqual({ src: '10.0.2.20:31666', dst: '10.0.101.32:59344' });
    expect(pdu.out).toEqual({ src: '198.51.100.32:443', dst: '203.0.113.10:40903' });
  });

  it('gives each header its value before the hop (Host is kept, X-Forwarded-For is new)', () => {
    const pdu = pduAt(trace, 'request', 'target-group');
    expect(pdu.headers?.find((h) => h.name === 'Host')).toMatchObject({
      before: 'api.example.com',
      value: 'api.example.com',
    });
    expect(pdu.headers?.find((h) => h.name === 'X-Forwarded-For')).toMatchObject({
      before: null,
      value: '203.0.113.10',
    });
  });

  it('has no rewrite, no headers and no chains where nothing happens', () => {
    const { timeline } = seedRun('instance');
    const listener = timeline.segments.find((s) => s.hop.at === 'listener')!;
    expect(describePdu(listener, trace)).toEqual({
      in: { src: '203.0.113.10:40903', dst: '198.51.100.32:443' },
      out: { src: '203.0.113.10:40903', dst: '198.51.100.32:443' },
      rewrite: null,
      headers: null,
      chains: null,
    });
  });
});

describe('describePdu elsewhere', () => {
  it('calls the NLB hop DNAT when it keeps the client address (instance targets)', () => {
    const trace = golden('nlb-instance-cluster-snat');
    expect(pduAt(trace, 'request', 'target-group').rewrite).toBe('dnat');
  });

  it('calls kube-proxy DNAT only when the source is kept (externalTrafficPolicy Local)', () => {
    const trace = golden('instance-local-no-snat');
    expect(pduAt(trace, 'request', 'kube-proxy').rewrite).toBe('dnat');
  });

  it('calls the in-tree CLB a proxy too', () => {
    expect(pduAt(golden('in-tree-clb-by-dns-name'), 'request', 'clb').rewrite).toBe('proxy');
  });
});
