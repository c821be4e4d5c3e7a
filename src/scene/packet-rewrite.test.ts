import { describe, expect, it } from 'vitest';
import type { Hop } from '../simulator/index.ts';
import { addressesBefore, packetHoldAt } from './packet-rewrite.ts';
import { buildPacketTimeline, HOLD_MS, SEGMENT_MS } from './packet-timeline.ts';

const hop = (at: Hop['at'], name: string, src: string, dst: string, extra: Partial<Hop> = {}) =>
  ({ at, name, src, dst, note: '', ...extra }) as Hop;

// An instance-mode request, shaped as the simulator traces it (§9.2): the ALB ends TLS and opens
// its own connection to the NodePort, kube-proxy DNATs to a pod and SNATs to the node.
const hops: Hop[] = [
  hop('dns', 'api.example.com', '203.0.113.10:34904', '192.0.2.53:53'),
  hop('client', '203.0.113.10', '203.0.113.10:40903', '198.51.100.32:443'),
  hop('alb', 'k8s-a', '203.0.113.10:40903', '198.51.100.32:443'),
  hop('listener', 'HTTPS:443', '203.0.113.10:40903', '198.51.100.32:443'),
  hop('rule', '1', '203.0.113.10:40903', '198.51.100.32:443'),
  hop('target-group', 'default/web:80', '10.0.101.32:59344', '10.0.2.20:31666', {
    before: { src: '203.0.113.10:40903', dst: '198.51.100.32:443' },
  }),
  hop('node', 'n2', '10.0.101.32:59344', '10.0.2.20:31666'),
  hop('kube-proxy', 'n2', '10.0.2.20:33154', '10.0.1.101:8000', {
    before: { src: '10.0.101.32:59344', dst: '10.0.2.20:31666' },
  }),
  hop('pod', 'default/web-1', '10.0.2.20:33154', '10.0.1.101:8000'),
];
// The way back: conntrack undoes both NATs at kube-proxy; the ALB answers on the client's connection.
const response: Hop[] = [
  hop('pod', 'default/web-1', '10.0.1.101:8000', '10.0.2.20:33154'),
  hop('kube-proxy', 'n2', '10.0.2.20:31666', '10.0.101.32:59344', {
    before: { src: '10.0.1.101:8000', dst: '10.0.2.20:33154' },
  }),
  hop('target-group', 'default/web:80', '10.0.2.20:31666', '10.0.101.32:59344'),
  hop('alb', 'k8s-a', '198.51.100.32:443', '203.0.113.10:40903'),
  hop('client', '203.0.113.10', '198.51.100.32:443', '203.0.113.10:40903'),
];

describe('addressesBefore', () => {
  it("is the hop's own before when it rewrote the packet, else what the previous hop sent", () => {
    expect(addressesBefore(hops, 7)).toEqual({ src: '10.0.101.32:59344', dst: '10.0.2.20:31666' });
    expect(addressesBefore(hops, 8)).toEqual({ src: '10.0.2.20:33154', dst: '10.0.1.101:8000' });
  });

  it('has none at the first hop, nor for the request after its DNS lookup', () => {
    expect(addressesBefore(hops, 0)).toBeNull();
    expect(addressesBefore(hops, 1)).toBeNull();
    expect(addressesBefore(response, 0)).toBeNull();
  });
});

describe('packetHoldAt', () => {
  it('holds where TLS ends and wherever the addresses change, on the way in and back', () => {
    expect(hops.map((_, i) => packetHoldAt(hops, i))).toEqual([
      null,
      null,
      null,
      'tls',
      null,
      'nat',
      null,
      'nat',
      null,
    ]);
    // The ALB's answer to the client carries other addresses than the target's answer to it.
    expect(response.map((_, i) => packetHoldAt(response, i))).toEqual([
      null,
      'nat',
      null,
      'nat',
      null,
    ]);
  });

  it('lengthens exactly the held segments of the timeline by a beat', () => {
    const trace = {
      request: { url: 'https://api.example.com/', clientIp: '203.0.113.10', seed: 1 },
      status: 200,
      summary: {
        loadBalancer: 'default/web',
        listener: 'HTTPS:443',
        targetGroup: 'default/web:80',
      },
      hops,
      response,
    } as unknown as Parameters<typeof buildPacketTimeline>[0];
    const timeline = buildPacketTimeline(trace);
    const held = timeline.segments.filter((s) => s.hold !== null);
    expect(held.map((s) => `${s.direction} ${s.hop.at}`)).toEqual([
      'request listener',
      'request target-group',
      'request kube-proxy',
      'response kube-proxy',
      'response alb',
    ]);
    for (const s of timeline.segments)
      expect(s.endMs - s.startMs).toBe(SEGMENT_MS + (s.hold ? HOLD_MS : 0));
    expect(timeline.durationMs).toBe(timeline.segments.length * SEGMENT_MS + held.length * HOLD_MS);
  });
});
