import { IconFrame } from './IconFrame.tsx';

/** A tag: the class an Ingress asks for. */
export function IngressClassIcon() {
  return (
    <IconFrame>
      <path d="M3 12V4h8l10 10-8 8z" />
      <circle cx="7.5" cy="8" r="1.4" />
    </IconFrame>
  );
}
