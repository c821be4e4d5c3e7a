/** The trace JSON of shared/CONTRACT.md: one request, hop by hop, and its way back. */
export type HopKind =
  | 'client'
  | 'dns'
  | 'alb'
  | 'listener'
  | 'rule'
  | 'target-group'
  | 'node'
  | 'kube-proxy'
  | 'pod'
  | 'nlb'
  | 'clb';

export interface Hop {
  at: HopKind;
  name: string;
  /** L3/L4 source and destination of the packet as it leaves this hop ("ip:port"). */
  src: string;
  dst: string;
  note: string;
  /** The addresses as the packet arrived, when this hop rewrote them (DNAT, SNAT, un-NAT). */
  before?: { src: string; dst: string };
  /** L7 headers that matter at this hop (Host, X-Forwarded-*). */
  headers?: Record<string, string>;
  /** On a target-group hop: the chosen target as `id:port` (instance ID or pod IP). */
  target?: string;
  /** The iptables chains a kube-proxy hop walks, in order. */
  chains?: string[];
}

export interface TraceSummary {
  loadBalancer: string | null;
  listener: string | null;
  rulePriority: number | null;
  action: 'forward' | 'fixed-response' | 'redirect' | null;
  targetGroup: string | null;
  targetType: 'instance' | 'ip' | null;
  kubeProxyDnat: boolean;
  snat: boolean;
  podSourceIpKind: 'node' | 'alb' | 'nlb' | 'client' | null;
  xForwardedFor: string | null;
  clientReceivesResponseFrom: 'alb' | 'nlb' | 'clb' | null;
}

export interface Trace {
  request: { url: string; clientIp: string; seed: number };
  status: number;
  summary: TraceSummary;
  hops: Hop[];
  response: Hop[];
}

export interface TraceRequest {
  url: string;
  clientIp?: string;
  seed?: number;
  method?: string;
  headers?: Readonly<Record<string, string>>;
}
