import type { IngressObject } from '../../kubernetes/objects.ts';
import { compareStrings } from '../../util/compare.ts';
import type { World } from '../../world/world.ts';
import { AnnotationReader } from '../annotations.ts';
import type { PlanError } from '../../aws/plan.ts';
import { classifyIngress, type ClassConfig } from './classify-ingress.ts';

export interface GroupMember {
  ing: IngressObject;
  key: string;
  classConfig: ClassConfig;
}

export interface IngressGroup {
  /** `ns/name` for an implicit group, the group name for an explicit one. */
  id: string;
  explicit: boolean;
  members: GroupMember[];
  /** Ingresses being deleted that still hold this group's finalizer. */
  deleting: IngressObject[];
  /** A load error that stops the whole group (logged by the controller, no event). */
  loadError: string | null;
}

const GROUP_NAME = /^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$/;
const MAX_GROUP_NAME = 63;

const validateGroupName = (name: string): string | null => {
  if (!GROUP_NAME.test(name)) {
    return "groupName must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  }
  if (name.length > MAX_GROUP_NAME)
    return `groupName must be no more than ${MAX_GROUP_NAME} characters`;
  return null;
};

const ingressKey = (ing: IngressObject) => `${ing.meta.namespace}/${ing.meta.name}`;

/** The group an Ingress asks for, or the error the controller reports (§2.1 step 1). */
function groupIdOf(member: {
  ing: IngressObject;
  classConfig: ClassConfig;
}): { id: string; explicit: boolean } | { error: string } {
  const fromParams = member.classConfig.params?.spec.group?.name;
  const fromAnnotation = new AnnotationReader(member.ing.meta.annotations).string('group.name');
  const name = fromParams ?? fromAnnotation;
  if (name === null || name === undefined) return { id: ingressKey(member.ing), explicit: false };
  const problem = validateGroupName(name);
  return problem ? { error: `invalid ingress group: ${problem}` } : { id: name, explicit: true };
}

function sortMembers(members: GroupMember[]): { members: GroupMember[]; error: string | null } {
  const withOrder: { member: GroupMember; order: number }[] = [];
  for (const member of members) {
    const order = new AnnotationReader(member.ing.meta.annotations).int('group.order');
    if (!order.ok)
      return {
        members,
        error: `failed to load Ingress group order for ingress: ${member.key}: ${order.error}`,
      };
    const value = order.value ?? 0;
    if (value < -1000 || value > 1000) {
      return {
        members,
        error: `explicit Ingress group order must be within [-1000:1000], Ingress: ${member.key}, order: ${value}`,
      };
    }
    withOrder.push({ member, order: value });
  }
  withOrder.sort((a, b) =>
    a.order !== b.order ? a.order - b.order : compareStrings(a.member.key, b.member.key),
  );
  return { members: withOrder.map((w) => w.member), error: null };
}

/** §1.2 + §2.1 steps 1–2: classify every Ingress, group them and order each group's members. */
export function loadIngressGroups(world: World): { groups: IngressGroup[]; errors: PlanError[] } {
  const errors: PlanError[] = [];
  let blockingError: string | null = null;
  const byId = new Map<string, IngressGroup>();
  const groupFor = (id: string, explicit: boolean) => {
    let group = byId.get(id);
    if (!group) {
      group = { id, explicit, members: [], deleting: [], loadError: null };
      byId.set(id, group);
    }
    return group;
  };

  for (const ing of world.ingresses) {
    const classification = classifyIngress(world, ing);
    if (classification.kind === 'ignored') continue;
    if (classification.kind === 'invalid') {
      if (
        classification.blocksAllGroups &&
        blockingError === null &&
        ing.meta.deletionTimestamp === null
      ) {
        blockingError = `Ingress: ${ingressKey(ing)}: ${classification.error}`;
      }
      if (ing.meta.deletionTimestamp === null) {
        errors.push({
          object: `Ingress ${ingressKey(ing)}`,
          reason: 'FailedLoadGroupID',
          message: `failed load groupID due to ${classification.error}`,
        });
      }
      continue;
    }
    const candidate = { ing, key: ingressKey(ing), classConfig: classification.classConfig };
    const groupId = groupIdOf(candidate);
    if ('error' in groupId) {
      if (ing.meta.deletionTimestamp === null) {
        errors.push({
          object: `Ingress ${candidate.key}`,
          reason: 'FailedLoadGroupID',
          message: `failed load groupID due to ${groupId.error}`,
        });
      }
      continue;
    }
    const group = groupFor(groupId.id, groupId.explicit);
    if (ing.meta.deletionTimestamp !== null) group.deleting.push(ing);
    else group.members.push(candidate);
  }

  const groups = [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
  for (const group of groups) {
    const sorted = sortMembers(group.members);
    group.members = sorted.members;
    group.loadError = blockingError ?? sorted.error;
  }
  return { groups, errors };
}
