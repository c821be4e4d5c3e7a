/**
 * The diagram's place while the chapter is computed off the main thread: the same frame and
 * height as the diagram, its columns sketched, and what is happening in words.
 */
export function DiagramSkeleton({ label }: { label: string }) {
  return (
    <div className="diagram-skeleton" role="status">
      <div className="diagram-skeleton-frame" aria-hidden="true">
        <span className="diagram-skeleton-column" />
        <span className="diagram-skeleton-column" />
        <span className="diagram-skeleton-column" />
      </div>
      <p className="diagram-skeleton-label">{label}</p>
    </div>
  );
}
