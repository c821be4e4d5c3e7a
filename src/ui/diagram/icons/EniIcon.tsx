import { IconFrame } from './IconFrame.tsx';

/** A network card: a board with a port and its contacts. */
export function EniIcon() {
  return (
    <IconFrame>
      <rect x="3" y="6" width="18" height="10" rx="1.5" />
      <rect x="6" y="9" width="5" height="4" />
      <path d="M14 9.5h4M14 12.5h4M6 16v2.5M10 16v2.5M14 16v2.5M18 16v2.5" />
    </IconFrame>
  );
}
