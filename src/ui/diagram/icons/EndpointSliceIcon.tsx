import { IconFrame } from './IconFrame.tsx';

/** A list of addresses: the Service's endpoints. */
export function EndpointSliceIcon() {
  return (
    <IconFrame>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="5" cy="6" r="1.3" />
      <circle cx="5" cy="12" r="1.3" />
      <circle cx="5" cy="18" r="1.3" />
    </IconFrame>
  );
}
