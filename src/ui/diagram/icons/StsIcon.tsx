import { IconFrame } from './IconFrame.tsx';

/** A ticket: temporary credentials from STS. */
export function StsIcon() {
  return (
    <IconFrame>
      <path d="M4 7h16v3a2 2 0 0 0 0 4v3H4v-3a2 2 0 0 0 0-4z" />
      <path d="M10 8v8" strokeDasharray="1.5 2" />
    </IconFrame>
  );
}
