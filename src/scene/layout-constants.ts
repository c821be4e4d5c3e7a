/** Diagram units (React Flow pixels at zoom 1). */
export const L = {
  gap: 12,
  pad: 14,
  header: 34,
  /** A container card's header (kind, detail and badge; then the name). */
  cardHeader: 44,
  item: { width: 250, height: 48 },
  row: { height: 38 },
  zoneGap: 40,
  /** Pods shown per node, targets per target group, nodes per cluster before "+N more". */
  maxPods: 5,
  maxTargets: 6,
  maxNodes: 6,
} as const;
