import { IconFrame } from './IconFrame.tsx';

/** A signpost: DNS points the way to the load balancer. */
export function DnsIcon() {
  return (
    <IconFrame>
      <path d="M12 3v18" />
      <path d="M12 5h7l2 2.5-2 2.5h-7" />
      <path d="M12 12H5l-2 2.5L5 17h7" />
    </IconFrame>
  );
}
