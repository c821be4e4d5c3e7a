import type { ReactNode } from 'react';

/** A 24×24 line drawing in the current text colour; decorative (the node has a name). */
export function IconFrame({ children }: { children: ReactNode }) {
  return (
    <svg
      className="dg-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
