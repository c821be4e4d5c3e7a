import { IconFrame } from './IconFrame.tsx';

/** A dashed frame around a building: one Availability Zone, one group of data centres. */
export function AzIcon() {
  return (
    <IconFrame>
      <rect x="2.5" y="2.5" width="19" height="19" rx="2" strokeDasharray="3 2.5" />
      <path d="M8 17V9l4-2.5L16 9v8M10.5 17v-3h3v3" />
    </IconFrame>
  );
}
