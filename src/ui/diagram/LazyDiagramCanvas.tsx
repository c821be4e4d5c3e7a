import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { DiagramCanvas, DiagramCanvasProps } from './DiagramCanvas.tsx';

type Canvas = typeof DiagramCanvas;

let canvasModule: Promise<Canvas> | null = null;
/** The canvas component once its code has arrived. */
let loadedCanvas: Canvas | null = null;

/**
 * Starts loading React Flow and its d3 helpers (about 55 KB gzip), once. The page calls this as
 * its first script runs, so the code arrives while the worker computes the lesson instead of
 * after it: the page's first script stays small, and the diagram is no later.
 */
export function preloadDiagramCanvas(): Promise<Canvas> {
  canvasModule ??= import('./DiagramCanvas.tsx').then(
    (module) => (loadedCanvas = module.DiagramCanvas),
    (error: unknown) => {
      canvasModule = null; // a later call tries again (offline, then back online)
      throw error;
    },
  );
  return canvasModule;
}

const SuspendingCanvas = lazy(() =>
  preloadDiagramCanvas().then((DiagramCanvas) => ({ default: DiagramCanvas })),
);

/**
 * The diagram, with `fallback` (the skeleton) in its place until its code has arrived. When the
 * code is already here (preloaded, the usual case) it draws at once: going through Suspense would
 * show the skeleton for a frame and let React hold the reveal back for up to 300 ms.
 */
export function LazyDiagramCanvas({
  fallback,
  ...props
}: DiagramCanvasProps & { fallback: ReactNode }) {
  // Chosen once per mount, so the canvas never remounts when the code arrives mid-life.
  const [Loaded] = useState(() => loadedCanvas);
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={fallback}>
      <SuspendingCanvas {...props} />
    </Suspense>
  );
}
