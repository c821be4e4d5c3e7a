import { useCallback, useState } from 'react';
import { withDepartures, withoutGhost, type Shown } from './departures.ts';

interface Tracked extends Shown {
  /** The scene's own elements these were derived from, and the motion preference then. */
  from: Shown;
  reducedMotion: boolean;
}

/**
 * The scene's nodes and edges plus, for a moment, ghosts of those that just left it. A ghost is
 * dropped when its component reports the end of its exit (`departed`), never on a timer; with
 * reduced motion there are none. `departed` keeps its identity, so the context carrying it does
 * not re-render every node.
 */
export function useDepartures(
  nodes: Shown['nodes'],
  edges: Shown['edges'],
  reducedMotion: boolean,
): Shown & { departed: (kind: 'node' | 'edge', id: string) => void } {
  const [tracked, setTracked] = useState<Tracked>(() => ({
    nodes,
    edges,
    from: { nodes, edges },
    reducedMotion,
  }));
  let current = tracked;
  if (
    tracked.from.nodes !== nodes ||
    tracked.from.edges !== edges ||
    tracked.reducedMotion !== reducedMotion
  ) {
    // A new scene: derive what to draw during this render (React's "previous props" pattern).
    const next = { nodes, edges };
    current = { ...withDepartures(tracked, next, reducedMotion), from: next, reducedMotion };
    setTracked(current);
  }
  const departed = useCallback(
    (kind: 'node' | 'edge', id: string) =>
      setTracked((state) => {
        const left = withoutGhost(state, kind, id);
        return left === state ? state : { ...state, ...left };
      }),
    [],
  );
  return { nodes: current.nodes, edges: current.edges, departed };
}
