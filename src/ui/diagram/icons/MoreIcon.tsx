import { IconFrame } from './IconFrame.tsx';

/** Three dots: more elements of the same kind. */
export function MoreIcon() {
  return (
    <IconFrame>
      <circle cx="6" cy="12" r="1.4" fill="currentColor" />
      <circle cx="12" cy="12" r="1.4" fill="currentColor" />
      <circle cx="18" cy="12" r="1.4" fill="currentColor" />
    </IconFrame>
  );
}
