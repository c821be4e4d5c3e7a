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

/** The `--probability` of the i-th of n statistic rules: 1/(n−i), written with 10 decimals. */
export const statisticProbabilities = (n: number): string[] =>
  Array.from({ length: Math.max(0, n - 1) }, (_, i) => (1 / (n - i)).toFixed(10));
