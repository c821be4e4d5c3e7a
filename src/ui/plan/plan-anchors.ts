/** The element id of a target group's block, so actions can link to it (`tg:` like diagram ids). */
export function targetGroupAnchor(targetGroupId: string): string {
  return `tg:${targetGroupId}`;
}
