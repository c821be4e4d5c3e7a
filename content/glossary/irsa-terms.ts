import { defineTerms } from './define-term.ts';

/** Terms of the irsa chapter (reference §8; RBAC from the controller's Helm chart). */
export default defineTerms({
  'trust-policy': {
    en: {
      term: 'trust policy',
      definition:
        'The part of an IAM role that says who may assume it. For IRSA: the cluster’s OIDC provider, with conditions on the token’s sub (the ServiceAccount) and aud (sts.amazonaws.com).',
    },
    ko: {
      term: '신뢰 정책(trust policy)',
      definition:
        'IAM 역할에서 "누가 이 역할을 맡을 수 있는가"를 정하는 부분입니다. IRSA에서는 클러스터의 OIDC 공급자를 주체로 두고, 토큰의 sub(ServiceAccount)와 aud(sts.amazonaws.com)를 조건으로 겁니다.',
    },
  },
  'projected-token': {
    en: {
      term: 'projected ServiceAccount token',
      definition:
        'A short-lived JWT that kubelet writes into a pod’s volume for a chosen audience and refreshes before it expires. IRSA uses one with audience sts.amazonaws.com.',
    },
    ko: {
      term: 'projected ServiceAccount 토큰',
      definition:
        'kubelet이 지정한 audience로 발급받아 파드 볼륨에 써 주는 수명이 짧은 JWT입니다. 만료 전에 kubelet이 갱신합니다. IRSA는 audience가 sts.amazonaws.com인 토큰을 씁니다.',
    },
  },
  rbac: {
    en: {
      term: 'RBAC',
      definition:
        'Kubernetes role-based access control: a Role or ClusterRole lists verbs on resources (get, list, watch…), and a binding grants it to a user or ServiceAccount. It governs the API server only, never AWS.',
    },
    ko: {
      term: 'RBAC',
      definition:
        '쿠버네티스의 역할 기반 접근 제어입니다. Role이나 ClusterRole에 리소스별 동사(get, list, watch 등)를 적고, 바인딩으로 사용자나 ServiceAccount에 부여합니다. API 서버 접근만 다루며 AWS와는 관계가 없습니다.',
    },
  },
});
