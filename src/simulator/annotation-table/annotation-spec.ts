/** What the annotation table says of each annotation, and the prefixes its keys start with. */

export const INGRESS_PREFIX = 'alb.ingress.kubernetes.io';
export const SERVICE_PREFIX = 'service.beta.kubernetes.io';
export type AnnotationPrefix = typeof INGRESS_PREFIX | typeof SERVICE_PREFIX;

/** Where an annotation acts: the load balancer, a listener, a target group, a rule, or the class. */
export type AnnotationLevel =
  | 'class'
  | 'load-balancer'
  | 'listener'
  | 'target-group'
  | 'health-check'
  | 'authentication'
  | 'rule';

export interface AnnotationSpec {
  /** The full key; `<name>` or `<port>` stands for a part the user picks. */
  key: string;
  on: 'ingress' | 'service';
  level: AnnotationLevel;
  /** The value the controller uses when the annotation is absent; null when nothing is set. */
  default: string | null;
  /** An example value, as written in a manifest. */
  example: string;
  /** An Ingress annotation that may also sit on the backend Service, whose value wins (§3.3). */
  alsoOnService?: true;
}

/** An ACM certificate's ARN, the example of every annotation that takes one. */
export const EXAMPLE_CERTIFICATE_ARN =
  'arn:aws:acm:us-west-2:123456789012:certificate/1f0c3a52-7d1e-4c1b-9a57-3e8b2f6d4c10';
