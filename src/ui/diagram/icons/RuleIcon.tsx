import { IconFrame } from './IconFrame.tsx';

/** A funnel: a rule lets matching requests through. */
export function RuleIcon() {
  return (
    <IconFrame>
      <path d="M4 5h16l-6 7.5V18l-4 2v-7.5z" />
    </IconFrame>
  );
}
