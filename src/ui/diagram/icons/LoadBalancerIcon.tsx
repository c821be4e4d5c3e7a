import { IconFrame } from './IconFrame.tsx';

/** One line in, three lines out: traffic spread over targets. */
export function LoadBalancerIcon() {
  return (
    <IconFrame>
      <circle cx="7" cy="12" r="3" />
      <path d="M1.5 12H4M10 12h4M14 12l5-6M14 12h5M14 12l5 6" />
      <circle cx="20.5" cy="6" r="1.2" />
      <circle cx="20.5" cy="12" r="1.2" />
      <circle cx="20.5" cy="18" r="1.2" />
    </IconFrame>
  );
}
