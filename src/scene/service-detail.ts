/**
 * What a Service's card says under its name: its type, and its NodePorts when it has any
 * (`NodePort 31666`, `ClusterIP`). Kubernetes' own words, the same in both languages.
 */
export const serviceDetail = (type: string, nodePorts: readonly number[]): string =>
  nodePorts.length > 0 ? `${type} ${nodePorts.join(', ')}` : type;

/** A Service manifest's type and NodePorts, as applied (a watch event's object); null: not a Service's. */
export function serviceOfManifest(raw: unknown): { type: string; nodePorts: number[] } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const spec = (raw as { spec?: unknown }).spec;
  if (typeof spec !== 'object' || spec === null) return null;
  const { type, ports } = spec as { type?: unknown; ports?: unknown };
  const nodePorts = (Array.isArray(ports) ? ports : [])
    .map((p: unknown) =>
      typeof p === 'object' && p ? (p as { nodePort?: unknown }).nodePort : null,
    )
    .filter((n): n is number => typeof n === 'number');
  return { type: typeof type === 'string' ? type : 'ClusterIP', nodePorts };
}

/** The same as its card says it (`ClusterIP`, `NodePort 31666`); null: not a Service's. */
export function serviceDetailOfManifest(raw: unknown): string | null {
  const service = serviceOfManifest(raw);
  return service && serviceDetail(service.type, service.nodePorts);
}
