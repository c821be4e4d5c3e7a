import { Fragment, type ComponentProps, type ReactNode } from 'react';

/** Long enough that a narrow column may have to break it. */
const LONG = 18;

/**
 * Inline code in the chapters' prose, with break opportunities after `/`, `.` and `:` in long
 * tokens (`elbv2.k8s.aws/pod-readiness-gate-inject`, `/var/run/secrets/…`): a narrow column
 * breaks them at a path or domain boundary instead of mid-word. `<wbr>` adds no character, so
 * the text copies and reads the same.
 */
export function ProseCode({ children, ...props }: ComponentProps<'code'>) {
  // A fenced block (it has a language class) keeps its lines as written.
  const inline = typeof children === 'string' && !props.className;
  // A short token (`i-0aaa…:31666`, `domain-api-3`) is never broken, not even at its hyphen.
  const short = inline && children.length < LONG;
  return (
    <code {...props} className={short ? 'prose-code-whole' : props.className}>
      {inline ? withBreaks(children) : children}
    </code>
  );
}

export function withBreaks(text: string): ReactNode {
  if (text.length < LONG) return text;
  const pieces = text.split(/(?<=[/.:])(?=[^/.:])/);
  if (pieces.length === 1) return text;
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}
