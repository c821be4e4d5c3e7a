import { sha256Hex } from '../util/sha256.ts';

/**
 * Names for the pods a Deployment creates while the simulation runs, shaped as Kubernetes shapes
 * them: `<deployment>-<pod-template-hash>-<5 characters>` (`domain-api-7c9d5f8b4d-x2k4p`). The
 * hash stands for the ReplicaSet of one revision of the template, so a rollout's pods share a new
 * one; the suffix differs per pod. Both use the letters Kubernetes draws them from (no vowels, no
 * 0, 1 or 3) and are derived from the Deployment, revision and pod number, so a run names its pods
 * the same way every time without drawing on the scenario's seeded random choices (drawing on
 * them would move which pod later requests reach).
 */
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** `length` characters of the alphabet, from the digest of `text`. */
function encode(text: string, length: number): string {
  const hex = sha256Hex(text);
  let out = '';
  for (let i = 0; i < length; i++)
    out += ALPHABET[parseInt(hex.slice(2 * i, 2 * i + 2), 16) % ALPHABET.length];
  return out;
}

/** The pod-template-hash of a Deployment's `revision` (its ReplicaSet's name is `<deployment>-<hash>`). */
export const templateHash = (namespace: string, deployment: string, revision: number): string =>
  encode(`${namespace}/${deployment}@${revision}`, 10);

/**
 * The name of the `ordinal`-th pod the Deployment creates in this run; `taken` says whether a
 * name is in use already (a clash takes the next suffix).
 */
export function replicaPodName(
  namespace: string,
  deployment: string,
  revision: number,
  ordinal: number,
  taken: (name: string) => boolean = () => false,
): string {
  const prefix = `${deployment}-${templateHash(namespace, deployment, revision)}-`;
  for (let attempt = 0; ; attempt++) {
    const name = prefix + encode(`${namespace}/${deployment}@${revision}#${ordinal}/${attempt}`, 5);
    if (!taken(name)) return name;
  }
}
