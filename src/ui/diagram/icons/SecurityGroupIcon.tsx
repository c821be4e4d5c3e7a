import { IconFrame } from './IconFrame.tsx';

/** A shield with a check: a stateful firewall that lets some sources in. */
export function SecurityGroupIcon() {
  return (
    <IconFrame>
      <path d="M12 2.5 4.5 5.5v6c0 4.6 3.1 8.4 7.5 10 4.4-1.6 7.5-5.4 7.5-10v-6L12 2.5Z" />
      <path d="m8.5 12 2.5 2.5 4.5-5" />
    </IconFrame>
  );
}
