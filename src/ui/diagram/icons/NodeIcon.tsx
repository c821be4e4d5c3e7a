import { IconFrame } from './IconFrame.tsx';

/** A chip: a worker node (an EC2 instance). */
export function NodeIcon() {
  return (
    <IconFrame>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <path d="M9 3v3M12 3v3M15 3v3M9 18v3M12 18v3M15 18v3M3 9h3M3 12h3M3 15h3M18 9h3M18 12h3M18 15h3" />
    </IconFrame>
  );
}
