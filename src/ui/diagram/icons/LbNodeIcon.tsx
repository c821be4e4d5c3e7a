import { IconFrame } from './IconFrame.tsx';

/** A load balancer's node in one zone: the balancer's fork on a network card. */
export function LbNodeIcon() {
  return (
    <IconFrame>
      <rect x="2.5" y="14" width="19" height="7" rx="1.5" />
      <path d="M6 17.5h3M12 3v4M12 7l-5 4M12 7l5 4M12 7v4" />
    </IconFrame>
  );
}
