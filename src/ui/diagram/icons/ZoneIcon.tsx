import { AzIcon } from './AzIcon.tsx';
import { CloudIcon } from './CloudIcon.tsx';
import { GlobeIcon } from './GlobeIcon.tsx';
import { IamIcon } from './IamIcon.tsx';
import { SlidersIcon } from './SlidersIcon.tsx';
import { SubnetIcon } from './SubnetIcon.tsx';
import { VpcIcon } from './VpcIcon.tsx';

/** The drawing in a group's title: Internet, Region, control plane, VPC, zone, subnet. */
export function ZoneIcon({ zone }: { zone: string }) {
  switch (zone) {
    case 'internet':
      return <GlobeIcon />;
    case 'control-plane':
      return <SlidersIcon />;
    case 'services':
      return <IamIcon />;
    case 'vpc':
      return <VpcIcon />;
    case 'az':
      return <AzIcon />;
    case 'subnet-public':
    case 'subnet-private':
      return <SubnetIcon />;
    default:
      return <CloudIcon />;
  }
}
