/**
 * React Flow measures nodes with ResizeObserver and reads the zoom through DOMMatrixReadOnly;
 * jsdom has neither. Component tests install these inert stand-ins before rendering a canvas.
 */
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyStub {
  readonly m22: number;
  constructor(transform?: string) {
    this.m22 = Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? 1);
  }
}

export function installReactFlowStubs(): void {
  for (const [name, value] of [
    ['ResizeObserver', ResizeObserverStub],
    ['DOMMatrixReadOnly', DOMMatrixReadOnlyStub],
  ] as const)
    if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value, writable: true });
}
