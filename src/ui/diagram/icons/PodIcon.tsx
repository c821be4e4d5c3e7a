import { IconFrame } from './IconFrame.tsx';

/** A cube: a pod. */
export function PodIcon() {
  return (
    <IconFrame>
      <path d="M12 3l8 4.5v9L12 21l-8-4.5v-9z" />
      <path d="M4 7.5l8 4.5 8-4.5M12 12v9" />
    </IconFrame>
  );
}
