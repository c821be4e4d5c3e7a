import { IconFrame } from './IconFrame.tsx';

/** A person: the identity a pod runs as. */
export function ServiceAccountIcon() {
  return (
    <IconFrame>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5 20c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" />
    </IconFrame>
  );
}
