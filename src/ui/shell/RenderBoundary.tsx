import { Component, type ReactNode } from 'react';

interface RenderBoundaryProps {
  /** What to show instead, told why in the reader's language. */
  fallback: (error: Error) => ReactNode;
  /** A change here (a new chapter, mode or language) gives the children another try. */
  resetKey: string;
  children: ReactNode;
}

/** A part of the page that fails to render shows a message in its place; the rest stays. */
export class RenderBoundary extends Component<
  RenderBoundaryProps,
  { error: Error | null; key: string }
> {
  state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: RenderBoundaryProps, state: { key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
