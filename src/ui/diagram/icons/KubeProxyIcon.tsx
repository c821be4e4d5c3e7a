import { IconFrame } from './IconFrame.tsx';

/** Crossing arrows: kube-proxy rewrites where packets go. */
export function KubeProxyIcon() {
  return (
    <IconFrame>
      <path d="M3 7h4l10 10h3M3 17h4L17 7h3" />
      <path d="M18 4.5 20.5 7 18 9.5M18 14.5l2.5 2.5-2.5 2.5" />
    </IconFrame>
  );
}
