import { IconFrame } from './IconFrame.tsx';

/** A key: the IAM role. */
export function IamIcon() {
  return (
    <IconFrame>
      <circle cx="8" cy="12" r="4" />
      <path d="M12 12h9M18 12v3M21 12v2" />
    </IconFrame>
  );
}
