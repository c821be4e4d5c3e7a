import type { Messages } from './messages.en.ts';

/** 한국어 UI 문자열. 키는 messages.en.ts와 정확히 같아야 한다. */
import { diagramKo } from './diagram-messages.ko.ts';
import { timelineKo } from './timeline-messages.ko.ts';
import { courseKo } from './course-messages.ko.ts';
import { playerKo } from './player-messages.ko.ts';
import { lessonKo } from './lesson-messages.ko.ts';
import { playgroundKo } from './playground-messages.ko.ts';
import { embedKo } from './embed-messages.ko.ts';
import { compareKo } from './compare-messages.ko.ts';

export const ko = {
  ...diagramKo,
  ...playerKo,
  ...lessonKo,
  ...playgroundKo,
  ...courseKo,
  ...timelineKo,
  ...embedKo,
  ...compareKo,
  'app.title': 'AWS Load Balancer Controller 한눈에 보기',
  'app.tagline':
    '컨트롤러가 쿠버네티스 매니페스트를 보고 AWS에 무엇을, 왜 만드는지 단계별로 살펴봅니다.',
  'app.language': '언어',
  'app.unknownLanguage': '주소에 지정된 언어 "{value}"는 지원하지 않아서 한국어로 보여 드립니다.',

  'language.ko': '한국어',
  'language.en': 'English',

  'plan.intro':
    '이 페이지에 내장된 시뮬레이터가 {file}의 매니페스트를 리컨실한 결과입니다. 컨트롤러가 만들 로드 밸런서와 그 리스너·규칙, 그리고 대상 그룹과 대상을 차례로 보여 줍니다.',
  'plan.loadBalancers': '로드 밸런서',
  'plan.noLoadBalancers': '이 매니페스트로는 컨트롤러가 로드 밸런서를 만들지 않습니다.',
  'plan.inTreeLoadBalancers': '컨트롤러가 관리하지 않는 로드 밸런서',
  'plan.inTreeIntro':
    '아래 로드 밸런서는 AWS Load Balancer Controller가 아니라 쿠버네티스에 내장된(in-tree) 클라우드 공급자가 만듭니다.',
  'plan.targetGroups': '대상 그룹',
  'plan.noTargetGroups': '대상 그룹이 없습니다.',
  'plan.errors': '리컨실 오류',
  'plan.noErrors': '리컨실 오류가 없습니다.',
  'plan.notes': '가정과 참고 사항',
  'plan.apiCalls': 'AWS API 호출 순서 ({count}건)',
  'plan.inputErrors': '매니페스트를 읽지 못했습니다',
  'plan.inputErrorAt': '{file} · {document}번째 문서 · {line}행',

  'loadBalancer.type': '유형',
  'loadBalancer.type.application': 'Application Load Balancer (ALB)',
  'loadBalancer.type.network': 'Network Load Balancer (NLB)',
  'loadBalancer.type.classic': 'Classic Load Balancer (CLB, 인트리 클라우드 프로바이더)',
  'loadBalancer.scheme': '체계',
  'loadBalancer.ipAddressType': 'IP 주소 유형',
  'loadBalancer.dnsName': 'DNS 이름',
  'loadBalancer.sources': '기반 리소스',
  'loadBalancer.group': 'IngressGroup',
  'loadBalancer.noGroup': '없음 (이 Ingress 단독)',

  'listener.certificates': '인증서',
  'listener.defaultCertificate': '기본',
  'listener.sslPolicy': 'SSL 보안 정책',
  'listener.defaultAction': '기본 작업',
  'listener.rules': '규칙',
  'listener.noRules': '규칙이 없어 모든 요청이 기본 작업으로 처리됩니다.',

  'rule.priority': '우선순위 {priority}',
  'rule.when': '조건',
  'rule.always': '항상',
  'rule.and': '그리고',
  'rule.or': '또는',
  'rule.matchesRegex': '정규식 일치',
  'rule.first': '사전 작업',
  'rule.then': '작업',

  'action.forward': '대상 그룹으로 전달',
  'action.forwardWeighted': '가중치에 따라 나누어 전달',
  'action.weight': '가중치 {weight}',
  'action.stickiness': '대상 그룹 고정(stickiness) 사용',
  'action.fixedResponse': '고정 응답 {statusCode} 반환',
  'action.messageBody': '본문',
  'action.redirect': '상태 코드 {statusCode} 리디렉션',
  'action.other': '{type} 작업',
  'preAction.authenticate-cognito': 'Amazon Cognito로 사용자 인증',
  'preAction.authenticate-oidc': 'OIDC 공급자로 사용자 인증',
  'preAction.onUnauthenticated': '미인증 요청 처리:',
  'preAction.jwt-validation': 'JWT 검증, 발급자',

  'targetGroup.name': '이름',
  'targetGroup.service': '서비스',
  'targetGroup.ingress': 'Ingress',
  'targetGroup.targetType': '대상 유형',
  'targetGroup.targetType.instance': 'instance (EC2 인스턴스 ID + NodePort)',
  'targetGroup.targetType.ip': 'ip (파드 IP)',
  'targetGroup.protocol': '프로토콜',
  'targetGroup.port': '포트',
  'targetGroup.healthCheck': '상태 검사',
  'targetGroup.attributes': '속성',
  'targetGroup.noAttributes': '컨트롤러가 설정한 속성 없음',
  'targetGroup.targets': '대상 ({count}개)',
  'targetGroup.noTargets': '등록된 대상이 없어 이리로 오는 요청은 503을 받습니다.',

  'healthCheck.target': '{protocol}, 포트 {port}',
  'healthCheck.path': '경로 {path}',
  'healthCheck.matcher': '성공 코드 {matcher}',
  'healthCheck.timing': '{interval}초 간격, 제한 시간 {timeout}초',
  'healthCheck.thresholds': '연속 {healthy}회 성공하면 정상, 연속 {unhealthy}회 실패하면 비정상',

  'target.id': '대상',
  'target.port': '포트',
  'target.node': '노드',
  'target.pod': '파드',
  'target.health': '상태',

  'health.initial': '초기화 중',
  'health.healthy': '정상',
  'health.unhealthy': '비정상',
  'health.unused': '사용되지 않음',
  'health.draining': 'draining',
  'health.unavailable': '사용할 수 없음',
} as const satisfies Messages;
