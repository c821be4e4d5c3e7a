/** Text shown verbatim (YAML, JSON), never as HTML, in a region the keyboard can scroll. */
export function CodeBlock({ caption, text }: { caption: string; text: string }) {
  return (
    <figure className="dg-code">
      <figcaption>
        <code>{caption}</code>
      </figcaption>
      <div className="dg-code-scroll" role="region" aria-label={caption} tabIndex={0}>
        <pre>
          <code>{text}</code>
        </pre>
      </div>
    </figure>
  );
}
