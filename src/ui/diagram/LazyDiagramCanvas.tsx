import { useEffect, useState, type ReactNode } from 'react';
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

/**
 * The diagram, with `fallback` (the skeleton) in its place until its code has arrived. Not through
 * Suspense: React holds a Suspense boundary's reveal back for up to 300 ms after its fallback
 * showed, and when the lesson is here before the code (the first chapter, built with the app), that
 * hold was most of the time to the first diagram. The skeleton waits for the code instead.
 */
export function LazyDiagramCanvas({
  fallback,
  ...props
}: DiagramCanvasProps & { fallback: ReactNode }) {
  const [Loaded, setLoaded] = useState(() => loadedCanvas);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (Loaded) return;
    let live = true;
    preloadDiagramCanvas().then(
      (canvas) => live && setLoaded(() => canvas),
      (error: unknown) => live && setFailed(() => error ?? new Error('the diagram could not load')),
    );
    return () => {
      live = false;
    };
  }, [Loaded]);
  // The panel's error boundary shows the failure, with its retry.
  if (failed) throw failed;
  if (Loaded) return <Loaded {...props} />;
  return <>{fallback}</>;
}
