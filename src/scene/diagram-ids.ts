/** The only constructors of diagram ids; chapters and timelines refer to elements by these. */
export const diagramId = {
  zone: (name: 'internet' | 'aws' | 'control-plane' | 'workers') => `zone:${name}`,
  client: () => 'client',
  dns: () => 'dns',
  loadBalancer: (stack: string) => `lb:${stack}`,
  listener: (stack: string, port: number) => `listener:${stack}/${port}`,
  rule: (stack: string, port: number, priority: number) => `rule:${stack}/${port}/${priority}`,
  targetGroup: (id: string) => `tg:${id}`,
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
  controller: () => 'controller',
  serviceAccount: () => 'serviceaccount',
  apiServer: () => 'apiserver',
  iam: () => 'iam',
  sts: () => 'sts',
  oidc: () => 'oidc',
  more: (parent: string) => `more:${parent}`,
  less: (parent: string) => `less:${parent}`,
} as const;
