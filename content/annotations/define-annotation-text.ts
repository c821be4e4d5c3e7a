/**
 * What the annotation reference page says about one annotation in one language: what it does,
 * and, where the default is not a plain value, the default in words. Keys are the full annotation
 * keys of the simulator's ANNOTATION_TABLE; a test checks both languages cover the table exactly.
 */
export interface AnnotationText {
  text: string;
  /** The default in words, shown instead of the table's value (a default that depends on something). */
  default?: string;
}

/** The page's own words in one language. */
export interface AnnotationPageText {
  title: string;
  lead: string;
  search: string;
  searchHint: string;
  count: string;
  none: string;
  back: string;
  ingress: string;
  service: string;
  defaultLabel: string;
  noDefault: string;
  exampleLabel: string;
  alsoOnService: string;
  levels: Record<
    | 'class'
    | 'load-balancer'
    | 'listener'
    | 'target-group'
    | 'health-check'
    | 'authentication'
    | 'rule',
    string
  >;
}

export const defineAnnotationTexts = (
  page: AnnotationPageText,
  texts: Record<string, AnnotationText>,
) => ({ page, texts });
