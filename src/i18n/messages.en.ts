/**
 * English UI strings: the source of truth for the set of keys.
 * Keys are flat and dotted, grouped by area. `{name}` marks a value filled in by `translate`.
 */
import { diagramEn } from './diagram-messages.en.ts';
import { timelineEn } from './timeline-messages.en.ts';
import { courseEn } from './course-messages.en.ts';
import { playerEn } from './player-messages.en.ts';
import { lessonEn } from './lesson-messages.en.ts';
import { playgroundEn } from './playground-messages.en.ts';
import { embedEn } from './embed-messages.en.ts';
import { compareEn } from './compare-messages.en.ts';

export const en = {
  ...diagramEn,
  ...playerEn,
  ...lessonEn,
  ...playgroundEn,
  ...courseEn,
  ...timelineEn,
  ...embedEn,
  ...compareEn,
  'app.title': 'AWS Load Balancer Controller, explained',
  'app.tagline':
    'What the controller builds in AWS from your Kubernetes manifests, and why, step by step.',
  'app.language': 'Language',
  'app.unknownLanguage':
    'The address asks for an unknown language "{value}", so this page is shown in English.',

  'language.ko': '한국어',
  'language.en': 'English',

  'plan.intro':
    'The simulator in this page reconciled the manifests in {file}. Below are the AWS resources the controller would create for them: load balancers with their listeners and rules, then the target groups and their targets.',
  'plan.loadBalancers': 'Load balancers',
  'plan.noLoadBalancers': 'The controller would create no load balancer for these manifests.',
  'plan.inTreeLoadBalancers': 'Load balancers the controller does not manage',
  'plan.inTreeIntro':
    'These come from Kubernetes’ built-in (in-tree) cloud provider, not from the AWS Load Balancer Controller.',
  'plan.targetGroups': 'Target groups',
  'plan.noTargetGroups': 'No target groups.',
  'plan.errors': 'Reconcile errors',
  'plan.noErrors': 'No reconcile errors.',
  'plan.notes': 'Assumptions and notes',
  'plan.apiCalls': 'AWS API calls, in order ({count})',
  'plan.inputErrors': 'The manifests could not be read',
  'plan.inputErrorAt': '{file}, document {document}, line {line}',

  'loadBalancer.type': 'Type',
  'loadBalancer.type.application': 'Application Load Balancer (ALB)',
  'loadBalancer.type.network': 'Network Load Balancer (NLB)',
  'loadBalancer.type.classic': 'Classic Load Balancer (CLB, in-tree cloud provider)',
  'loadBalancer.scheme': 'Scheme',
  'loadBalancer.ipAddressType': 'IP address type',
  'loadBalancer.dnsName': 'DNS name',
  'loadBalancer.sources': 'Built from',
  'loadBalancer.group': 'IngressGroup',
  'loadBalancer.noGroup': 'none (this Ingress alone)',

  'listener.certificates': 'Certificates',
  'listener.defaultCertificate': 'default',
  'listener.sslPolicy': 'SSL policy',
  'listener.defaultAction': 'Default action',
  'listener.rules': 'Rules',
  'listener.noRules': 'No rules: every request takes the default action.',

  'rule.priority': 'Priority {priority}',
  'rule.when': 'When',
  'rule.always': 'always',
  'rule.and': 'and',
  'rule.or': 'or',
  'rule.matchesRegex': 'matches the regex',
  'rule.first': 'First',
  'rule.then': 'Then',

  'action.forward': 'Forward to target group',
  'action.forwardWeighted': 'Forward, split by weight, to',
  'action.weight': 'weight {weight}',
  'action.stickiness': 'with target group stickiness',
  'action.fixedResponse': 'Answer with a fixed response {statusCode}',
  'action.messageBody': 'body',
  'action.redirect': 'Redirect with {statusCode} to',
  'action.other': 'Action {type}',
  'preAction.authenticate-cognito': 'Sign the user in with Amazon Cognito',
  'preAction.authenticate-oidc': 'Sign the user in with an OIDC identity provider',
  'preAction.onUnauthenticated': 'when not signed in:',
  'preAction.jwt-validation': 'Validate the JWT from issuer',

  'targetGroup.name': 'Name',
  'targetGroup.service': 'Service',
  'targetGroup.ingress': 'Ingress',
  'targetGroup.targetType': 'Target type',
  'targetGroup.targetType.instance': 'instance (EC2 instance ID + NodePort)',
  'targetGroup.targetType.ip': 'ip (pod IP)',
  'targetGroup.protocol': 'Protocol',
  'targetGroup.port': 'Port',
  'targetGroup.healthCheck': 'Health check',
  'targetGroup.attributes': 'Attributes',
  'targetGroup.noAttributes': 'none set by the controller',
  'targetGroup.targets': 'Targets ({count})',
  'targetGroup.noTargets': 'No registered targets: requests routed here get 503.',

  'healthCheck.target': '{protocol} on port {port}',
  'healthCheck.path': 'path {path}',
  'healthCheck.matcher': 'success codes {matcher}',
  'healthCheck.timing': 'every {interval} s, timeout {timeout} s',
  'healthCheck.thresholds':
    'healthy after {healthy} passes in a row, unhealthy after {unhealthy} failures in a row',

  'target.id': 'Target',
  'target.port': 'Port',
  'target.node': 'Node',
  'target.pod': 'Pod',
  'target.health': 'Health',

  'health.initial': 'initial',
  'health.healthy': 'healthy',
  'health.unhealthy': 'unhealthy',
  'health.unused': 'unused',
  'health.draining': 'draining',
  'health.unavailable': 'unavailable',
} as const;

export type MessageKey = keyof typeof en;

/** Every locale provides exactly the English keys. */
export type Messages = Readonly<Record<MessageKey, string>>;
