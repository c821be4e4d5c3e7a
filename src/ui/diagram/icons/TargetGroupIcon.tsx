import { IconFrame } from './IconFrame.tsx';

/** Targets inside a dashed group. */
export function TargetGroupIcon() {
  return (
    <IconFrame>
      <rect x="3" y="5" width="18" height="14" rx="3" strokeDasharray="3 2" />
      <circle cx="8" cy="12" r="1.6" />
      <circle cx="12" cy="12" r="1.6" />
      <circle cx="16" cy="12" r="1.6" />
    </IconFrame>
  );
}
