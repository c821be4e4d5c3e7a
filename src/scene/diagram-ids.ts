/** The only constructors of diagram ids; chapters and timelines refer to elements by these. */
export const diagramId = {
  /** `aws`: the AWS Region; `services`: IAM and STS beside the VPC. */
  zone: (name: 'internet' | 'aws' | 'control-plane' | 'services') => `zone:${name}`,
  vpc: () => 'vpc',
  az: (zone: string) => `az:${zone}`,
  subnet: (zone: string, tier: 'public' | 'private') => `subnet:${zone}/${tier}`,
  /** A load balancer's node (its ENI) in one Availability Zone. */
  lbNode: (stack: string, zone: string) => `lb-node:${stack}@${zone}`,
  /** An EC2 node's primary ENI; the VPC CNI gives its pods secondary addresses on it. */
  eni: (node: string) => `eni:${node}`,
  client: () => 'client',
  dns: () => 'dns',
  loadBalancer: (stack: string) => `lb:${stack}`,
  /** A load balancer's DNS name and the address it resolves to, on its card. */
  lbAddress: (stack: string) => `lb-address:${stack}`,
  listener: (stack: string, port: number) => `listener:${stack}/${port}`,
  rule: (stack: string, port: number, priority: number) => `rule:${stack}/${port}/${priority}`,
  /** A listener's default action, below its rules (what it does when none matches). */
  defaultAction: (stack: string, port: number) => `default-action:${stack}/${port}`,
  targetGroup: (id: string) => `tg:${id}`,
  /** A security group a load balancer carries: its managed group or the cluster's backend group. */
  lbSecurityGroup: (stack: string, role: 'managed' | 'backend') => `sg:${stack}/${role}`,
  /** The nodes' security group on one node's ENI, where the bindings add their rules. */
  nodeSecurityGroup: (node: string) => `sg-node:${node}`,
  target: (tgId: string, targetId: string, port: number) => `target:${tgId}/${targetId}:${port}`,
  /** An instance behind an in-tree load balancer, by node name (a trace names the node, not its instance ID). */
  inTreeTarget: (targetsId: string, node: string, nodePort: number) =>
    `target:${targetsId}/${node}:${nodePort}`,
  node: (name: string) => `node:${name}`,
  pod: (namespace: string, name: string) => `pod:${namespace}/${name}`,
  kubeProxy: (node: string) => `kube-proxy:${node}`,
  ingress: (key: string) => `ingress:${key}`,
  service: (key: string) => `service:${key}`,
  endpointSlice: (key: string) => `endpointslice:${key}`,
  ingressClass: (name: string) => `ingressclass:${name}`,
  /** The TargetGroupBinding the controller writes for a target group (by the group's diagram key). */
  targetGroupBinding: (tgKey: string) => `tgb:${tgKey}`,
  controller: () => 'controller',
  serviceAccount: () => 'serviceaccount',
  apiServer: () => 'apiserver',
  iam: () => 'iam',
  sts: () => 'sts',
  oidc: () => 'oidc',
  more: (parent: string) => `more:${parent}`,
  less: (parent: string) => `less:${parent}`,
} as const;
