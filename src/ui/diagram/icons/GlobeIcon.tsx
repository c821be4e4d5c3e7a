import { IconFrame } from './IconFrame.tsx';

/** A globe: the Internet. */
export function GlobeIcon() {
  return (
    <IconFrame>
      <circle cx="12" cy="12" r="9" />
      <ellipse cx="12" cy="12" rx="4" ry="9" />
      <path d="M3 12h18" />
    </IconFrame>
  );
}
