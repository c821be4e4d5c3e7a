import { useFocusableWhenScrolling } from '../shell/useFocusableWhenScrolling.ts';

/** A document the event carried, as JSON; focusable to scroll it by keyboard when it is too long for its box. */
export function EventJson({ json }: { json: string }) {
  const scrollBox = useFocusableWhenScrolling<HTMLPreElement>();
  return (
    <pre className="event-json" ref={scrollBox}>
      {json}
    </pre>
  );
}
