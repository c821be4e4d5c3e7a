/**
 * The simulator's remarks about its input (a plan's `assumptions`, the notes the CLI prints on
 * stderr), each under a code. The CLI's JSON keeps them as English text (shared/CONTRACT.md); the
 * app reads the code and the values back (`readNotice`) and says them in the reader's language.
 */
export const NOTICE_TEMPLATES = {
  'default-nodes':
    'no Node in the input: two default nodes assumed (node-a in us-west-2a, node-b in us-west-2b)',
  'deployment-pods': 'Deployment {deployment} has no Pods in the input: {count} Ready Pods assumed',
  'node-port':
    'Service {service} port {port} has no nodePort: {nodePort} assumed (the API server picks one)',
  'health-check-node-port':
    'Service {service} has no healthCheckNodePort: {nodePort} assumed (the API server picks one)',
  'service-webhook':
    "Service {service} has no loadBalancerClass: the controller's webhook sets service.k8s.aws/nlb when it is created",
  duplicate: '{object} appears more than once; the last one is used',
  'in-tree-classic':
    'Service {service}: handled by the in-tree cloud provider (a Classic Load Balancer), not by the controller',
  'in-tree-nlb':
    'Service {service}: handled by the in-tree cloud provider (an NLB), not by the controller',
  'unknown-kind': '{file}: document {document}, line {line}: kind {kind} is not simulated; ignored',
  'settings-invalid': 'SimulatorSettings {path}: {value} is not valid; using {fallback}',
  'settings-not-boolean': 'SimulatorSettings {path}: {value} is not a boolean; using {fallback}',
  'settings-not-count': 'SimulatorSettings {path}: {value} is not a count; using {fallback}',
  'settings-subnet': 'SimulatorSettings subnets[{index}]: needs id and zone; ignored',
} as const;

export type NoticeCode = keyof typeof NOTICE_TEMPLATES;
export type NoticeParams = Record<string, string | number>;

/** The notice in English, as the plan JSON and the CLI carry it. */
export function noticeText(code: NoticeCode, params: NoticeParams = {}): string {
  return NOTICE_TEMPLATES[code].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const readers = (Object.keys(NOTICE_TEMPLATES) as NoticeCode[]).map((code) => {
  const names: string[] = [];
  const pattern = NOTICE_TEMPLATES[code]
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return '(.*?)';
    })
    .join('');
  return { code, names, pattern: new RegExp(`^${pattern}$`, 's') };
});

/** The code and values of a notice's English text; null for text that is no notice. */
export function readNotice(
  text: string,
): { code: NoticeCode; params: Record<string, string> } | null {
  for (const { code, names, pattern } of readers) {
    const found = pattern.exec(text);
    if (found)
      return {
        code,
        params: Object.fromEntries(names.map((name, i) => [name, found[i + 1] ?? ''])),
      };
  }
  return null;
}
