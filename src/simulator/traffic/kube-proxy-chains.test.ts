/**
 * kube-proxy's iptables chain names and statistic probabilities (reference §9.2;
 * kubernetes/kubernetes pkg/proxy/iptables/proxier.go: portProtoHash, servicePortEndpointChainName,
 * writeServiceToEndpointRules).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  endpointChain,
  goFixed10,
  serviceChains,
  statisticProbabilities,
} from './kube-proxy-chains.ts';

/** RFC 4648 base32 with padding (Go's base32.StdEncoding), written independently of util/base32. */
function referenceBase32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');
  let out = '';
  for (let i = 0; i < bits.length; i += 5)
    out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** base32(sha256(text))[:16], as kube-proxy computes every chain suffix. */
const referenceHash = (text: string) =>
  referenceBase32(new Uint8Array(createHash('sha256').update(text, 'utf8').digest())).slice(0, 16);

const CHAIN = /^KUBE-(SVC|SVL|EXT|FW|SEP)-[A-Z2-7]{16}$/;

describe('the independent base32', () => {
  it('matches the RFC 4648 test vectors', () => {
    const enc = (s: string) => referenceBase32(new TextEncoder().encode(s));
    expect(enc('')).toBe('');
    expect(enc('f')).toBe('MY======');
    expect(enc('fo')).toBe('MZXQ====');
    expect(enc('foo')).toBe('MZXW6===');
    expect(enc('foob')).toBe('MZXW6YQ=');
    expect(enc('fooba')).toBe('MZXW6YTB');
    expect(enc('foobar')).toBe('MZXW6YTBOI======');
  });
});

describe('serviceChains', () => {
  it('names KUBE-SVC/SVL/EXT/FW with the same 16-character base32 hash', () => {
    const chains = serviceChains('default/location-api:http', 'TCP');
    for (const name of Object.values(chains)) expect(name).toMatch(CHAIN);
    const suffix = chains.svc.slice('KUBE-SVC-'.length);
    expect(chains).toEqual({
      svc: `KUBE-SVC-${suffix}`,
      svl: `KUBE-SVL-${suffix}`,
      ext: `KUBE-EXT-${suffix}`,
      fw: `KUBE-FW-${suffix}`,
    });
  });

  it('hashes servicePortName + lower-case protocol (checked with node:crypto and our own base32)', () => {
    const expected = `KUBE-SVC-${referenceHash('default/location-api:http' + 'tcp')}`;
    expect(serviceChains('default/location-api:http', 'tcp').svc).toBe(expected);
    expect(serviceChains('default/location-api:http', 'TCP').svc).toBe(expected);
    // The seed's chain as the golden trace shows it (§14).
    expect(expected).toBe('KUBE-SVC-WBZMWPYFG33OWYD4');
  });

  it("reproduces kube-proxy's own test vector (ns1/svc1:p80, tcp)", () => {
    expect(serviceChains('ns1/svc1:p80', 'tcp').svc).toBe('KUBE-SVC-XPGD46QRK7WJZT7O');
  });

  it('gives different chains to different ports and protocols', () => {
    const http = serviceChains('default/web:http', 'tcp').svc;
    expect(serviceChains('default/web:https', 'tcp').svc).not.toBe(http);
    expect(serviceChains('default/web:http', 'udp').svc).not.toBe(http);
  });
});

describe('endpointChain', () => {
  it('hashes servicePortName + protocol + "ip:port"', () => {
    expect(endpointChain('default/location-api:http', 'tcp', '10.0.1.101:8000')).toBe(
      `KUBE-SEP-${referenceHash('default/location-api:http' + 'tcp' + '10.0.1.101:8000')}`,
    );
  });

  it("reproduces kube-proxy's own test vector (ns1/svc1:p80, tcp, 10.180.0.1:80)", () => {
    expect(endpointChain('ns1/svc1:p80', 'TCP', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
  });

  it('differs per endpoint', () => {
    const a = endpointChain('default/web:http', 'tcp', '10.0.1.101:8080');
    const b = endpointChain('default/web:http', 'tcp', '10.0.1.102:8080');
    expect(a).toMatch(CHAIN);
    expect(a).not.toBe(b);
  });
});

describe('statisticProbabilities', () => {
  it('writes 1/(n−i) with 10 decimals for all but the last endpoint (4 endpoints, §9.2 step 4)', () => {
    expect(statisticProbabilities(4)).toEqual(['0.2500000000', '0.3333333333', '0.5000000000']);
  });

  it('has no statistic rule for a single endpoint and none for zero', () => {
    expect(statisticProbabilities(1)).toEqual([]);
    expect(statisticProbabilities(0)).toEqual([]);
  });

  it('rounds like Go %0.10f for non-terminating fractions', () => {
    expect(statisticProbabilities(3)).toEqual(['0.3333333333', '0.5000000000']);
    expect(statisticProbabilities(7)[0]).toBe('0.1428571429');
    expect(statisticProbabilities(6)[0]).toBe('0.1666666667');
  });

  it('gives every endpoint probability 1/n overall', () => {
    for (const n of [2, 3, 4, 5, 9]) {
      const p = statisticProbabilities(n).map(Number);
      let remaining = 1;
      const shares = p.map((q) => {
        const share = remaining * q;
        remaining -= share;
        return share;
      });
      shares.push(remaining);
      for (const share of shares) expect(share).toBeCloseTo(1 / n, 8);
    }
  });
});

describe('goFixed10', () => {
  it('rounds exact ties to even like Go, and everything else like toFixed', () => {
    expect(goFixed10(1 / 2048)).toBe('0.0004882812');
    expect(goFixed10(1 / 3)).toBe('0.3333333333');
    expect(goFixed10(0.25)).toBe('0.2500000000');
  });
});
