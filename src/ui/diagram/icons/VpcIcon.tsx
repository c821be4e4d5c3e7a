import { IconFrame } from './IconFrame.tsx';

/** A cloud with a padlock-like box: a private network in the cloud. */
export function VpcIcon() {
  return (
    <IconFrame>
      <path d="M6.5 17.5h11a4 4 0 0 0 .4-8 5.5 5.5 0 0 0-10.6-1.2A4.6 4.6 0 0 0 6.5 17.5Z" />
      <rect x="9.5" y="11" width="5" height="4" rx="0.6" />
      <path d="M10.5 11V9.8a1.5 1.5 0 0 1 3 0V11" />
    </IconFrame>
  );
}
