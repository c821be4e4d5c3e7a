import { IconFrame } from './IconFrame.tsx';

/** A cloud: the AWS account. */
export function CloudIcon() {
  return (
    <IconFrame>
      <path d="M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 9.2 4.5 4.5 0 0 0 7 18z" />
    </IconFrame>
  );
}
