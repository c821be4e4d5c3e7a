/**
 * The model of a small cluster that the plan property tests draw (Nodes, Pods, Services,
 * Ingresses, and other documents kept as plain manifests), and how its documents are laid out
 * across files. The tests keep the model, so that the expected targets are computed from it,
 * independently of the simulator.
 */

export type Condition = 'True' | 'False' | 'Unknown' | null;
export type Json = Record<string, unknown>;

export interface NodeModel {
  name: string;
  ready: Condition;
  providerID: string | null;
  labels: Record<string, string>;
  taints: { key: string; effect: string }[];
  internalIP: string;
}

export interface ContainerPortModel {
  name: string | null;
  containerPort: number;
}

export interface PodModel {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  podIP: string | null;
  ready: Condition;
  containersReady: Condition;
  deleting: boolean;
  ports: ContainerPortModel[];
  nodeName: string | null;
}

export interface ServicePortModel {
  name: string | null;
  port: number;
  targetPort: number | string | null;
  nodePort: number | null;
}

export interface ServiceModel {
  name: string;
  namespace: string;
  type: string | null;
  selector: Record<string, string> | null;
  ports: ServicePortModel[];
  externalTrafficPolicy: string | null;
  loadBalancerClass: string | null;
  annotations: Record<string, string>;
}

export interface BackendModel {
  service: string;
  port: { number: number } | { name: string };
}

export interface IngressModel {
  name: string;
  namespace: string;
  ingressClassName: string | null;
  annotations: Record<string, string>;
  rules: {
    host: string | null;
    paths: { path: string | null; pathType: string | null; backend: BackendModel }[];
  }[];
  defaultBackend: BackendModel | null;
}

export type Doc =
  | { kind: 'Node'; model: NodeModel }
  | { kind: 'Pod'; model: PodModel }
  | { kind: 'Service'; model: ServiceModel }
  | { kind: 'Ingress'; model: IngressModel }
  | { kind: 'Other'; manifest: Json };

export interface Layout {
  /** Seed of the document shuffle. */
  shuffle: number;
  /** Where the ordered documents are cut into files (1 to 3 files). */
  cuts: number[];
  /** Wrap each file's documents in one `kind: List`. */
  asList: boolean[];
}

export interface Scenario {
  docs: Doc[];
  layout: Layout;
}

/** Annotation prefixes: the AWS Load Balancer Controller's and the in-tree Service controller's. */
export const A = 'alb.ingress.kubernetes.io/';
export const S = 'service.beta.kubernetes.io/';

export const CERT =
  'arn:aws:acm:us-west-2:123456789012:certificate/11111111-2222-3333-4444-555555555555';
