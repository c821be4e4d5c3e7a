import type { DiagnosticCode } from '../../lesson/playground/diagnostics.ts';
import type { ChapterId } from '../../lesson/chapters.ts';

/** The chapter that explains each kind of finding (none for plain YAML mistakes). */
export const chapterOfFinding: Readonly<Record<DiagnosticCode, ChapterId | null>> = {
  yaml: null,
  unreadable: null,
  'too-large': null,
  'too-deep': null,
  'unknown-kind': 'controller-overview',
  'unknown-annotation': 'instance-mode',
  'target-type': 'ip-mode',
  'instance-clusterip': 'instance-mode',
  'service-port': 'instance-mode',
  'group-conflict': 'l4-vs-l7',
  'ingress-class': 'controller-overview',
  unclaimed: 'controller-overview',
  irsa: 'irsa',
  webhook: 'controller-overview',
  reconcile: 'controller-overview',
};
