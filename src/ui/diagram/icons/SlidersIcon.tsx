import { IconFrame } from './IconFrame.tsx';

/** Sliders: the control plane sets the cluster's desired state. */
export function SlidersIcon() {
  return (
    <IconFrame>
      <path d="M4 6h5M13 6h7M4 12h11M19 12h1M4 18h2M10 18h10" />
      <circle cx="11" cy="6" r="2" />
      <circle cx="17" cy="12" r="2" />
      <circle cx="8" cy="18" r="2" />
    </IconFrame>
  );
}
