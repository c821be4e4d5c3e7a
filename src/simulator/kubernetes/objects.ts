/**
 * The Kubernetes objects the simulator reads, normalised from manifests. Only the fields the
 * controller (and kube-proxy) look at are kept; `raw` keeps the manifest for inspectors.
 */
export interface SourceRef {
  file: string;
  /** 1-based index of the YAML document in its file. */
  document: number;
  /** 1-based line where the document (or list item) starts. */
  line: number;
}

export interface ObjectMeta {
  name: string;
  namespace: string;
  uid: string;
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  deletionTimestamp: string | null;
  finalizers: readonly string[];
}

interface Base<K extends string> {
  kind: K;
  meta: ObjectMeta;
  source: SourceRef;
  raw: unknown;
}

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Taint {
  key: string;
  value: string | null;
  effect: string;
}

export interface NodeObject extends Base<'Node'> {
  /** Status of the `Ready` condition; null when the node has none. */
  ready: ConditionStatus | null;
  providerID: string;
  internalIP: string | null;
  zone: string | null;
  taints: readonly Taint[];
}

export interface ContainerPort {
  name: string | null;
  containerPort: number;
  protocol: string;
}

export interface PodObject extends Base<'Pod'> {
  nodeName: string | null;
  podIP: string | null;
  /** `status.podIPs` when the input gives it (dual-stack and IPv6 clusters); podIP is its first. */
  podIPs?: readonly string[];
  ready: boolean;
  containersReady: boolean;
  terminating: boolean;
  containerPorts: readonly ContainerPort[];
  readinessGates: readonly string[];
  /** A `preStop` sleep in seconds (sleep action, or an exec of `sleep N`), else 0. */
  preStopSeconds: number;
  terminationGracePeriodSeconds: number;
  /** Set for Pods the simulator made from a Deployment. */
  generatedFrom: string | null;
}

export interface ServicePort {
  name: string | null;
  port: number;
  targetPort: number | string;
  nodePort: number | null;
  protocol: string;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServiceObject extends Base<'Service'> {
  type: ServiceType;
  selector: Readonly<Record<string, string>> | null;
  ports: readonly ServicePort[];
  externalTrafficPolicy: 'Cluster' | 'Local';
  loadBalancerClass: string | null;
  healthCheckNodePort: number | null;
  clusterIP: string | null;
  ipFamilies: readonly string[];
}

export interface IngressServiceBackend {
  name: string;
  port: { number: number | null; name: string | null };
}

export interface IngressBackend {
  service: IngressServiceBackend | null;
}

export interface IngressPath {
  path: string;
  pathType: string | null;
  backend: IngressBackend;
}

export interface IngressRule {
  host: string;
  paths: readonly IngressPath[] | null;
}

export interface IngressObject extends Base<'Ingress'> {
  ingressClassName: string | null;
  defaultBackend: IngressBackend | null;
  rules: readonly IngressRule[];
  tls: readonly { hosts: readonly string[]; secretName: string | null }[];
}

export interface IngressClassObject extends Base<'IngressClass'> {
  controller: string;
  isDefault: boolean;
  parameters: { apiGroup: string | null; kind: string; name: string } | null;
}

export interface IngressClassParamsSpec {
  scheme?: string;
  ipAddressType?: string;
  group?: { name: string };
  certificateArn?: readonly string[];
  sslPolicy?: string;
  sslRedirectPort?: string;
  inboundCIDRs?: readonly string[];
  targetType?: string;
  loadBalancerName?: string;
  namespaceSelector?: { matchLabels?: Readonly<Record<string, string>> };
  /** `spec.tags` ([{key, value}]): beat the Ingress's and the Service's `tags` (§1.2). */
  tags?: Readonly<Record<string, string>>;
}

export interface IngressClassParamsObject extends Base<'IngressClassParams'> {
  spec: IngressClassParamsSpec;
}

export interface DeploymentObject extends Base<'Deployment'> {
  replicas: number;
  selector: Readonly<Record<string, string>>;
  templateLabels: Readonly<Record<string, string>>;
  containerPorts: readonly ContainerPort[];
  preStopSeconds: number;
  terminationGracePeriodSeconds: number;
  /** `spec.strategy.rollingUpdate` as written (defaults 25% / 25%). */
  maxSurge: number | string;
  maxUnavailable: number | string;
}

export type ServiceAccountObject = Base<'ServiceAccount'>;

export type NamespaceObject = Base<'Namespace'>;

export interface SettingsObject extends Base<'SimulatorSettings'> {
  spec: Readonly<Record<string, unknown>>;
}

export type KubernetesObject =
  | NodeObject
  | PodObject
  | ServiceObject
  | IngressObject
  | IngressClassObject
  | IngressClassParamsObject
  | DeploymentObject
  | ServiceAccountObject
  | NamespaceObject
  | SettingsObject;

export type KubernetesKind = KubernetesObject['kind'];

export const objectKey = (meta: ObjectMeta): string =>
  meta.namespace ? `${meta.namespace}/${meta.name}` : meta.name;
