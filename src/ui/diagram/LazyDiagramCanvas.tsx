import { lazy, Suspense, type ReactNode } from 'react';
import type { DiagramCanvasProps } from './DiagramCanvas.tsx';

// React Flow and its d3 helpers (about 55 KB gzip) load beside the lesson, which the worker
// computes in the meantime: the page's first script stays small, and the diagram is no later.
const DiagramCanvas = lazy(() =>
  import('./DiagramCanvas.tsx').then((module) => ({ default: module.DiagramCanvas })),
);

/** The diagram, with `fallback` (the skeleton) in its place until its code has arrived. */
export function LazyDiagramCanvas({
  fallback,
  ...props
}: DiagramCanvasProps & { fallback: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <DiagramCanvas {...props} />
    </Suspense>
  );
}
