/**
 * The button of diagram element `id`: the focused one when it is (there can be two diagrams on a
 * page, side by side), else the first in the document.
 */
export function diagramElementFor(id: string, active: Element | null): HTMLElement | null {
  const node = (element: Element | null) =>
    element?.closest<HTMLElement>('.react-flow__node') ?? null;
  if (active instanceof HTMLButtonElement && node(active)?.dataset.id === id) return active;
  for (const wrapper of document.querySelectorAll<HTMLElement>('.react-flow__node'))
    if (wrapper.dataset.id === id) return wrapper.querySelector('button');
  return null;
}
