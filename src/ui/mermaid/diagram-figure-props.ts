/**
 * What a page says of one of content/diagrams' figures: the `<Mermaid>` an MDX page writes and
 * the figure it loads on first use take the same props.
 */
export interface DiagramFigureProps {
  /** Its name in content/diagrams; drawn in the reader's language when there is a variant. */
  diagram: string;
  caption?: string;
  title?: string;
}
