import { IconFrame } from './IconFrame.tsx';

/** A Kubernetes object (a page) linked to a target group (a dashed box): the binding. */
export function TargetGroupBindingIcon() {
  return (
    <IconFrame>
      <path d="M3 5h7v9H3z" />
      <rect x="14" y="10" width="7" height="9" rx="2" strokeDasharray="2.5 2" />
      <path d="M10 9.5h2.5a1.5 1.5 0 0 1 1.5 1.5v3.5" />
    </IconFrame>
  );
}
