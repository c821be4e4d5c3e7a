import { Component, type ReactNode } from 'react';
import { useTranslate } from '../../i18n/useTranslate.ts';

interface RenderBoundaryProps {
  /** What to show instead, told why in the reader's language; `retry` renders the children again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
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

  retry = () => this.setState({ error: null });

  render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children;
  }
}

/**
 * One panel of the page (the diagram, a Mermaid picture, the editor, an export) behind its own
 * boundary: if it fails, the message and a "Try again" button take its place, and everything
 * around it keeps working.
 */
export function PanelBoundary({
  resetKey = '',
  children,
}: {
  resetKey?: string;
  children: ReactNode;
}) {
  const t = useTranslate();
  return (
    <RenderBoundary
      resetKey={resetKey}
      fallback={(error, retry) => (
        <div className="notice panel-failed" role="alert">
          <p>{t('app.panelFailed', { message: error.message })}</p>
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </RenderBoundary>
  );
}
