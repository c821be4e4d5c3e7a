import { IconFrame } from './IconFrame.tsx';

/** A range of addresses: a box cut into a row of equal cells. */
export function SubnetIcon() {
  return (
    <IconFrame>
      <rect x="3" y="7" width="18" height="10" rx="1.5" />
      <path d="M7.5 7v10M12 7v10M16.5 7v10" />
    </IconFrame>
  );
}
