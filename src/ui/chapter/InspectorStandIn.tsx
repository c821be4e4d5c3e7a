// Temporary: stands in for src/ui/diagram's Inspector until it lands. Same inputs.
import type { Plan, SimEvent, Trace, World } from '../../simulator/index.ts';

export interface InspectorData {
  world: World;
  plan: Plan;
  trace?: Trace;
  events?: readonly SimEvent[];
}

export function Inspector({
  id,
  onClose,
}: {
  id: string;
  data: InspectorData;
  onClose: () => void;
}) {
  return (
    <aside className="inspector-stand-in" aria-label={id}>
      <p>
        <code>{id}</code>
      </p>
      <button type="button" onClick={onClose}>
        ×
      </button>
    </aside>
  );
}
