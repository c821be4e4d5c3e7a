import type { ComponentType } from 'react';
import type { SceneNodeKind } from '../../../scene/scene-model.ts';
import { ApiServerIcon } from './ApiServerIcon.tsx';
import { AzIcon } from './AzIcon.tsx';
import { EniIcon } from './EniIcon.tsx';
import { LbNodeIcon } from './LbNodeIcon.tsx';
import { SubnetIcon } from './SubnetIcon.tsx';
import { VpcIcon } from './VpcIcon.tsx';
import { ClientIcon } from './ClientIcon.tsx';
import { CloudIcon } from './CloudIcon.tsx';
import { ControllerIcon } from './ControllerIcon.tsx';
import { DnsIcon } from './DnsIcon.tsx';
import { EndpointSliceIcon } from './EndpointSliceIcon.tsx';
import { IamIcon } from './IamIcon.tsx';
import { IngressClassIcon } from './IngressClassIcon.tsx';
import { IngressIcon } from './IngressIcon.tsx';
import { KubeProxyIcon } from './KubeProxyIcon.tsx';
import { ListenerIcon } from './ListenerIcon.tsx';
import { LoadBalancerIcon } from './LoadBalancerIcon.tsx';
import { MoreIcon } from './MoreIcon.tsx';
import { NodeIcon } from './NodeIcon.tsx';
import { OidcIcon } from './OidcIcon.tsx';
import { PodIcon } from './PodIcon.tsx';
import { RuleIcon } from './RuleIcon.tsx';
import { SecurityGroupIcon } from './SecurityGroupIcon.tsx';
import { ServiceAccountIcon } from './ServiceAccountIcon.tsx';
import { ServiceIcon } from './ServiceIcon.tsx';
import { StsIcon } from './StsIcon.tsx';
import { TargetGroupBindingIcon } from './TargetGroupBindingIcon.tsx';
import { TargetGroupIcon } from './TargetGroupIcon.tsx';
import { TargetIcon } from './TargetIcon.tsx';

const icons: Readonly<Record<SceneNodeKind, ComponentType>> = {
  zone: CloudIcon,
  vpc: VpcIcon,
  az: AzIcon,
  subnet: SubnetIcon,
  'lb-node': LbNodeIcon,
  eni: EniIcon,
  client: ClientIcon,
  dns: DnsIcon,
  'load-balancer': LoadBalancerIcon,
  listener: ListenerIcon,
  rule: RuleIcon,
  'default-action': RuleIcon,
  'target-group': TargetGroupIcon,
  target: TargetIcon,
  'registered-instances': NodeIcon,
  instance: NodeIcon,
  'security-group': SecurityGroupIcon,
  iam: IamIcon,
  sts: StsIcon,
  oidc: OidcIcon,
  apiserver: ApiServerIcon,
  ingressclass: IngressClassIcon,
  ingress: IngressIcon,
  service: ServiceIcon,
  endpointslice: EndpointSliceIcon,
  'target-group-binding': TargetGroupBindingIcon,
  controller: ControllerIcon,
  serviceaccount: ServiceAccountIcon,
  node: NodeIcon,
  pod: PodIcon,
  'kube-proxy': KubeProxyIcon,
  more: MoreIcon,
};

/** The drawing for one kind of element. */
export function KindIcon({ kind }: { kind: SceneNodeKind }) {
  const Icon = icons[kind];
  return <Icon />;
}
