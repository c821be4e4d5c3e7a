import { base32 } from '../util/base32.ts';
import { sha256Bytes } from '../util/sha256.ts';

/** kube-proxy's `portProtoHash`: base32(sha256(servicePortName + protocol)), first 16 characters. */
const portProtoHash = (servicePortName: string, protocol: string) =>
  base32(sha256Bytes(servicePortName + protocol.toLowerCase())).slice(0, 16);

/** The iptables chains kube-proxy writes for one Service port (§9.2). */
export function serviceChains(servicePortName: string, protocol: string) {
  const hash = portProtoHash(servicePortName, protocol);
  return {
    svc: `KUBE-SVC-${hash}`,
    svl: `KUBE-SVL-${hash}`,
    ext: `KUBE-EXT-${hash}`,
    fw: `KUBE-FW-${hash}`,
  };
}

/** `KUBE-SEP-…` for one endpoint ("ip:port") of a Service port. */
export const endpointChain = (servicePortName: string, protocol: string, endpoint: string) =>
  `KUBE-SEP-${base32(sha256Bytes(servicePortName + protocol.toLowerCase() + endpoint)).slice(0, 16)}`;

/** Go's `%0.10f`: round half to even on the exact binary value (JS toFixed rounds ties up). */
export function goFixed10(value: number): string {
  const exact = value.toFixed(60);
  const [whole = '0', fraction = ''] = exact.split('.');
  const kept = fraction.slice(0, 10);
  const rest = fraction.slice(10);
  const tie = /^50*$/.test(rest);
  if (!tie) return value.toFixed(10);
  const lastDigit = Number(kept.at(-1) ?? '0');
  return lastDigit % 2 === 0 ? `${whole}.${kept}` : value.toFixed(10);
}

/** The `--probability` of the i-th of n statistic rules: 1/(n−i), written with 10 decimals. */
export const statisticProbabilities = (n: number): string[] =>
  Array.from({ length: Math.max(0, n - 1) }, (_, i) => goFixed10(1 / (n - i)));
