import { targetGroupAnchor } from './plan-anchors.ts';

export function TargetGroupLink({ id }: { id: string }) {
  return (
    <a className="code" href={`#${targetGroupAnchor(id)}`}>
      {id}
    </a>
  );
}
