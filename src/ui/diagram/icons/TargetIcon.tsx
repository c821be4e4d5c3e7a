import { IconFrame } from './IconFrame.tsx';

/** A bullseye: one registered target. */
export function TargetIcon() {
  return (
    <IconFrame>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="4" />
      <circle cx="12" cy="12" r="0.8" fill="currentColor" />
    </IconFrame>
  );
}
