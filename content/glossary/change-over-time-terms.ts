import { defineTerms } from './define-term.ts';

/** Terms the change-over-time chapter adds (reference §11.3). */
export default defineTerms({
  prestop: {
    en: {
      term: 'preStop hook',
      definition:
        'A command or sleep the kubelet runs in a container before it sends SIGTERM. A short sleep keeps a terminating pod serving while the load balancer and kube-proxy stop sending it new requests.',
    },
    ko: {
      term: 'preStop 훅',
      definition:
        'kubelet이 컨테이너에 SIGTERM을 보내기 전에 먼저 실행하는 명령이나 sleep입니다. 짧게 sleep을 걸어 두면, 종료 중인 파드가 로드 밸런서와 kube-proxy에서 빠질 때까지 요청을 계속 처리합니다.',
    },
  },
});
