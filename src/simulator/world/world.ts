import type {
  DeploymentObject,
  IngressClassObject,
  IngressClassParamsObject,
  IngressObject,
  NamespaceObject,
  NodeObject,
  PodObject,
  ServiceAccountObject,
  ServiceObject,
} from '../kubernetes/objects.ts';
import type { Settings } from './settings.ts';

/** Everything the simulated controller can see: the cluster's objects and the settings. */
export interface World {
  settings: Settings;
  nodes: readonly NodeObject[];
  pods: readonly PodObject[];
  services: readonly ServiceObject[];
  ingresses: readonly IngressObject[];
  ingressClasses: readonly IngressClassObject[];
  ingressClassParams: readonly IngressClassParamsObject[];
  deployments: readonly DeploymentObject[];
  serviceAccounts: readonly ServiceAccountObject[];
  namespaces: readonly NamespaceObject[];
  /** What the simulator had to assume because the input did not say (listed in the plan). */
  assumptions: readonly string[];
  /** Remarks about the input that change nothing (ignored kinds, bad settings). */
  notes: readonly string[];
}
