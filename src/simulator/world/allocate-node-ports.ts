import type { ServiceObject } from '../kubernetes/objects.ts';
import { sha256Hex } from '../util/sha256.ts';
import { noticeText } from '../notices.ts';

const RANGE_START = 30000;
const RANGE_SIZE = 2768; // 30000-32767, the default service-node-port-range

/**
 * The API server gives NodePort and LoadBalancer Service ports a nodePort (and Local
 * LoadBalancer Services a healthCheckNodePort) when the manifest leaves them out. The real
 * choice is random; here it is derived from the Service's name so that it is reproducible.
 */
export function allocateNodePorts(
  services: readonly ServiceObject[],
  assumptions: string[],
): ServiceObject[] {
  const used = new Set<number>();
  for (const svc of services) {
    for (const p of svc.ports) if (p.nodePort !== null) used.add(p.nodePort);
    if (svc.healthCheckNodePort !== null) used.add(svc.healthCheckNodePort);
  }
  const pick = (seed: string): number => {
    let candidate = RANGE_START + (parseInt(sha256Hex(seed).slice(0, 8), 16) % RANGE_SIZE);
    while (used.has(candidate))
      candidate = candidate >= RANGE_START + RANGE_SIZE - 1 ? RANGE_START : candidate + 1;
    used.add(candidate);
    return candidate;
  };

  return services.map((svc) => {
    if (svc.type !== 'NodePort' && svc.type !== 'LoadBalancer') return svc;
    const key = `${svc.meta.namespace}/${svc.meta.name}`;
    const ports = svc.ports.map((p) => {
      if (p.nodePort !== null) return p;
      const nodePort = pick(`${key}:${p.port}/${p.protocol}`);
      assumptions.push(noticeText('node-port', { service: key, port: p.port, nodePort }));
      return { ...p, nodePort };
    });
    let healthCheckNodePort = svc.healthCheckNodePort;
    if (
      svc.type === 'LoadBalancer' &&
      svc.externalTrafficPolicy === 'Local' &&
      healthCheckNodePort === null
    ) {
      healthCheckNodePort = pick(`${key}:healthz`);
      assumptions.push(
        noticeText('health-check-node-port', { service: key, nodePort: healthCheckNodePort }),
      );
    }
    return { ...svc, ports, healthCheckNodePort };
  });
}
