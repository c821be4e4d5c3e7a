import { IconFrame } from './IconFrame.tsx';

/** An arrow through a doorway: the way in. */
export function IngressIcon() {
  return (
    <IconFrame>
      <path d="M14 4h5v16h-5" />
      <path d="M3 12h11M10 8l4 4-4 4" />
    </IconFrame>
  );
}
