import { IconFrame } from './IconFrame.tsx';

/** Stacked records: the API server and its store. */
export function ApiServerIcon() {
  return (
    <IconFrame>
      <rect x="4" y="4" width="16" height="5" rx="1.5" />
      <rect x="4" y="10" width="16" height="5" rx="1.5" />
      <rect x="4" y="16" width="16" height="4" rx="1.5" />
      <path d="M7.5 6.5h.01M7.5 12.5h.01" />
    </IconFrame>
  );
}
