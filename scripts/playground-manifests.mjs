/**
 * Manifests for the playground benchmark: `nodes` Ready nodes and `pods` Ready pods of one app,
 * a NodePort Service and an internet-facing Ingress with ip targets (as `kubectl get -o yaml`
 * would give them, written out one object per document).
 */
export function manyPodsYaml(nodes, pods) {
  const docs = [];
  for (let n = 1; n <= nodes; n++) {
    const zone = n % 2 ? 'us-west-2a' : 'us-west-2b';
    docs.push(`apiVersion: v1
kind: Node
metadata:
  name: node-${n}
  labels: { topology.kubernetes.io/zone: ${zone} }
spec:
  providerID: aws:///${zone}/i-${(0x1000000 + n).toString(16).padStart(17, '0')}
status:
  addresses: [{ type: InternalIP, address: 10.0.${n}.10 }]
  conditions: [{ type: Ready, status: "True" }]`);
  }
  for (let p = 1; p <= pods; p++) {
    const n = ((p - 1) % nodes) + 1;
    const host = Math.floor((p - 1) / nodes) + 20;
    docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: shop-${p}
  namespace: shop
  labels: { app: shop }
spec:
  nodeName: node-${n}
  containers: [{ name: web, image: nginx, ports: [{ containerPort: 8080 }] }]
status:
  podIP: 10.0.${n}.${host}
  conditions: [{ type: Ready, status: "True" }]`);
  }
  docs.push(`apiVersion: v1
kind: Service
metadata: { name: shop, namespace: shop }
spec:
  type: NodePort
  selector: { app: shop }
  ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }]`);
  docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/target-type: ip
spec:
  ingressClassName: alb
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: shop, port: { number: 80 } } } }`);
  return `${docs.join('\n---\n')}\n`;
}
