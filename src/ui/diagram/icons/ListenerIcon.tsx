import { IconFrame } from './IconFrame.tsx';

/** A socket: a port the load balancer listens on. */
export function ListenerIcon() {
  return (
    <IconFrame>
      <rect x="5" y="6" width="14" height="12" rx="3" />
      <path d="M10 10v4M14 10v4" />
    </IconFrame>
  );
}
