import { IconFrame } from './IconFrame.tsx';

/** An identity card: the cluster's OIDC provider. */
export function OidcIcon() {
  return (
    <IconFrame>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="11" r="2.2" />
      <path d="M5.8 16c.6-1.6 1.8-2.4 3.2-2.4s2.6.8 3.2 2.4M14 10h4M14 13h4" />
    </IconFrame>
  );
}
