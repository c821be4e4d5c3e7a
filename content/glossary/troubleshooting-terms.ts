import { defineTerms } from './define-term.ts';

/** Terms the troubleshooting chapter adds (reference §1.4, §2.1 step 3, §2.4, §9.2). */
export default defineTerms({
  'admission-webhook': {
    en: {
      term: 'admission webhook',
      definition:
        'An HTTPS endpoint the API server calls before it stores an object, to validate or change it. The controller’s chart registers one for Ingresses and one for new Services, served by the controller pods; with failurePolicy Fail, the API server rejects the write when no pod answers.',
    },
    ko: {
      term: '어드미션 웹훅',
      definition:
        'API 서버가 오브젝트를 저장하기 전에 검증하거나 고치려고 호출하는 HTTPS 엔드포인트입니다. 컨트롤러 차트는 Ingress용과 새 Service용 웹훅을 등록하고, 컨트롤러 파드가 이를 처리합니다. failurePolicy가 Fail이라서 응답할 파드가 없으면 API 서버가 쓰기를 거부합니다.',
    },
  },
  finalizer: {
    en: {
      term: 'finalizer',
      definition:
        'A name in an object’s metadata.finalizers. kubectl delete then only marks the object as deleting; it disappears once every finalizer is removed. The controller removes its finalizer from an Ingress after deleting the Ingress’s AWS resources.',
    },
    ko: {
      term: '파이널라이저',
      definition:
        '오브젝트의 metadata.finalizers에 들어가는 이름입니다. 파이널라이저가 있으면 kubectl delete는 삭제 표시만 하고, 파이널라이저가 모두 떨어져야 오브젝트가 사라집니다. 컨트롤러는 Ingress의 AWS 리소스를 지운 뒤에 자기 파이널라이저를 뗍니다.',
    },
  },
  'external-traffic-policy': {
    en: {
      term: 'externalTrafficPolicy',
      definition:
        'A Service field for traffic arriving from outside on a NodePort. Cluster (the default) lets kube-proxy send it to any pod, with SNAT; Local sends it only to pods on the same node, without SNAT, and drops it on a node that has none.',
    },
    ko: {
      term: 'externalTrafficPolicy',
      definition:
        'NodePort로 바깥에서 들어오는 트래픽을 다루는 Service 필드입니다. 기본값 Cluster에서는 kube-proxy가 SNAT을 하고 아무 파드로나 보냅니다. Local에서는 SNAT 없이 같은 노드의 파드로만 보내고, 그런 파드가 없는 노드에서는 패킷을 버립니다.',
    },
  },
});
