import { IconFrame } from './IconFrame.tsx';

/** A hub with three spokes: one name for many pods. */
export function ServiceIcon() {
  return (
    <IconFrame>
      <circle cx="12" cy="12" r="3" />
      <circle cx="4.5" cy="6" r="1.8" />
      <circle cx="19.5" cy="6" r="1.8" />
      <circle cx="12" cy="20.5" r="1.8" />
      <path d="M9.6 10.2 6 7.3M14.4 10.2 18 7.3M12 15v3.7" />
    </IconFrame>
  );
}
