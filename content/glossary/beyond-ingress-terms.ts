import { defineTerms } from './define-term.ts';

/** Terms of the beyond-ingress chapter (reference §1.2, §14b). */
export default defineTerms({
  'ingress-class-params': {
    en: {
      term: 'IngressClassParams',
      definition:
        'A cluster-scoped object of the controller (elbv2.k8s.aws) that an IngressClass can point at. Its fields, such as scheme, group, certificateArn, targetType or namespaceSelector, apply to every Ingress of the class and override the same settings in the Ingresses’ annotations.',
    },
    ko: {
      term: 'IngressClassParams',
      definition:
        'IngressClass가 가리킬 수 있는 컨트롤러의 클러스터 범위 오브젝트(elbv2.k8s.aws)입니다. scheme, group, certificateArn, targetType, namespaceSelector 같은 필드가 그 클래스의 모든 Ingress에 적용되고, Ingress 애너테이션의 같은 설정보다 우선합니다.',
    },
  },
});
