import { IconFrame } from './IconFrame.tsx';

/** A laptop: the reader's client. */
export function ClientIcon() {
  return (
    <IconFrame>
      <rect x="4" y="5" width="16" height="11" rx="1.5" />
      <path d="M2 19h20" />
    </IconFrame>
  );
}
