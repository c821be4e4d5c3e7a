import { stringify } from 'yaml';
import type { World } from '../../../simulator/index.ts';

type Pod = World['pods'][number];

/** What the inspector shows for a Kubernetes object: its manifest as YAML. */
export interface KubernetesView {
  yaml: string;
  /** `ns/name` of the Deployment a simulator-made Pod came from (there is no manifest then). */
  generatedFrom: string | null;
}

const keyOf = (o: { meta: { namespace: string; name: string } }) =>
  o.meta.namespace ? `${o.meta.namespace}/${o.meta.name}` : o.meta.name;

/** The fields the simulator assumed for a Pod it made from a Deployment. */
function podFields(pod: Pod): unknown {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: pod.meta.name, namespace: pod.meta.namespace, labels: pod.meta.labels },
    spec: {
      nodeName: pod.nodeName,
      containers: [
        {
          ports: pod.containerPorts.map((p) => ({
            ...(p.name ? { name: p.name } : {}),
            containerPort: p.containerPort,
            protocol: p.protocol,
          })),
        },
      ],
    },
    status: {
      podIP: pod.podIP,
      conditions: [
        { type: 'ContainersReady', status: pod.containersReady ? 'True' : 'False' },
        { type: 'Ready', status: pod.ready ? 'True' : 'False' },
      ],
    },
  };
}

function view(object: { raw: unknown } | undefined): KubernetesView | null {
  if (!object || object.raw === null || object.raw === undefined) return null;
  return { yaml: stringify(object.raw), generatedFrom: null };
}

/** Finds the object a scene element refers to (`ref.type`, `ref.key`) and renders it. */
export function kubernetesView(world: World, type: string, key: string): KubernetesView | null {
  switch (type) {
    case 'ingress':
      return view(world.ingresses.find((o) => keyOf(o) === key));
    case 'service':
      return view(world.services.find((o) => keyOf(o) === key));
    case 'ingressClass':
      return view(world.ingressClasses.find((o) => o.meta.name === key));
    case 'node':
      return view(world.nodes.find((o) => o.meta.name === key));
    case 'serviceAccount':
      return view(world.serviceAccounts.find((o) => keyOf(o) === key));
    case 'pod': {
      const pod = world.pods.find((o) => keyOf(o) === key);
      if (!pod) return null;
      if (pod.raw !== null && pod.raw !== undefined) return view(pod);
      return { yaml: stringify(podFields(pod)), generatedFrom: pod.generatedFrom ?? '' };
    }
    default:
      return null;
  }
}

/** The controller's ServiceAccount, and the IAM role its IRSA annotation names. */
export function controllerServiceAccount(world: World) {
  const account =
    world.serviceAccounts.find((sa) => sa.meta.name === 'aws-load-balancer-controller') ??
    world.serviceAccounts.find((sa) => 'eks.amazonaws.com/role-arn' in sa.meta.annotations);
  return {
    key: account ? keyOf(account) : null,
    roleArn: account?.meta.annotations['eks.amazonaws.com/role-arn'] ?? null,
  };
}
