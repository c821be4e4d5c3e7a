import { CloudIcon } from './CloudIcon.tsx';
import { GlobeIcon } from './GlobeIcon.tsx';
import { NodeIcon } from './NodeIcon.tsx';
import { SlidersIcon } from './SlidersIcon.tsx';

/** The drawing in a zone's title: Internet, AWS, worker nodes or the control plane. */
export function ZoneIcon({ zone }: { zone: string }) {
  switch (zone) {
    case 'internet':
      return <GlobeIcon />;
    case 'workers':
      return <NodeIcon />;
    case 'control-plane':
      return <SlidersIcon />;
    default:
      return <CloudIcon />;
  }
}
