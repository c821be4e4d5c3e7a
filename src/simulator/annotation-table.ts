/**
 * Every annotation the simulator reads, with the default it applies and an example value
 * (reference §1.2, §3, §7, §14b). `AnnotationReader` accepts only keys listed here, so this table
 * is the simulator's own list; the annotation reference page is drawn from it. It imports only its
 * own parts (annotation-table/): the page loads this module and nothing else of the simulator.
 */
import { INGRESS_ANNOTATIONS } from './annotation-table/ingress-annotations.ts';
import { SERVICE_ANNOTATIONS } from './annotation-table/service-annotations.ts';
import type { AnnotationPrefix } from './annotation-table/annotation-spec.ts';

export {
  INGRESS_PREFIX,
  SERVICE_PREFIX,
  type AnnotationPrefix,
  type AnnotationLevel,
  type AnnotationSpec,
} from './annotation-table/annotation-spec.ts';

export const ANNOTATION_TABLE = [...INGRESS_ANNOTATIONS, ...SERVICE_ANNOTATIONS] as const;

export type AnnotationKey = (typeof ANNOTATION_TABLE)[number]['key'];

/** A `<name>`/`<port>` placeholder as the key's pattern: `actions.<name>` → `actions.${string}`. */
type Pattern<K extends string> = K extends `${infer Head}<name>`
  ? `${Head}${string}`
  : K extends `${infer Head}<port>`
    ? `${Head}${number}`
    : K;

/** The suffixes (after `<prefix>/`) that the simulator reads under a prefix. */
export type AnnotationSuffix<P extends AnnotationPrefix> =
  Pattern<AnnotationKey> extends infer K
    ? K extends `${P}/${infer Suffix}`
      ? Suffix
      : never
    : never;
