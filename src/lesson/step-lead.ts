import type { SceneNodeKind } from '../scene/scene-model.ts';

/** The AWS resources' cards: what a controller step of several AWS calls makes or changes. */
const AWS_CARDS: ReadonlySet<SceneNodeKind> = new Set([
  'load-balancer',
  'listener',
  'rule',
  'default-action',
  'target-group',
  'target',
  'registered-instances',
  'instance',
  'security-group',
  'lb-node',
]);

/**
 * A settled step's marks, split so that what it is about stands out. A controller step of
 * several AWS calls (two security groups, a target group, a load balancer, a listener, a rule)
 * ringed every card it made, and none stood out. Now only its `lead` keeps the ring (what the
 * chapter declares the step is about, else what its last part touched, and the parts of a load
 * balancer or target group among it: a new ALB's listeners and rules), with whatever else is
 * not an AWS resource (the controller, an Ingress, a binding); the other AWS cards it touched
 * are `also`: drawn as they are, neither ringed nor faded, so they still read as part of the
 * step against the faded rest. When the chapter declares what the step is about (`declared`),
 * the Kubernetes cards it touched beyond that are `also` too (irsa oidc-missing: the warning on
 * the Ingress, not the IngressClass, Service and EndpointSlice the reconcile read). Nothing is
 * split when the lead holds none of the marks.
 */
export function splitMarks(
  marks: ReadonlySet<string>,
  lead: ReadonlySet<string>,
  kindOf: (id: string) => SceneNodeKind | undefined,
  /** The load balancer or target group a card is part of; its parts share its lead. */
  wholeOf: (id: string) => string | null = () => null,
  declared = false,
): { emphasis: Set<string>; also: Set<string> } {
  const inLead = (id: string) => lead.has(id) || lead.has(wholeOf(id) ?? '');
  const isAlso = (id: string) => !inLead(id) && (declared || AWS_CARDS.has(kindOf(id) ?? 'more'));
  if (![...marks].some(inLead) || ![...marks].some(isAlso))
    return { emphasis: new Set(marks), also: new Set() };
  return {
    emphasis: new Set([...marks].filter((id) => !isAlso(id))),
    also: new Set([...marks].filter(isAlso)),
  };
}
