import type { courseEn } from './course-messages.en.ts';

/** 한국어 코스 문자열(목차, 본문, 읽기 모드, 퀴즈); messages.ko.ts에 합쳐진다. */
export const courseKo = {
  'app.chapterFailed':
    '이 챕터를 보여 주지 못했습니다({message}). 다른 챕터와 목차는 그대로 쓸 수 있습니다.',
  'app.panelFailed':
    '이 부분을 보여 주지 못했습니다({message}). 페이지의 나머지는 그대로 쓸 수 있습니다.',
  'app.retry': '다시 시도',
  'chapter.title.https-and-groups': 'HTTPS와 ALB 공유',
  'chapter.title.beyond-ingress':
    'Ingress 너머: TargetGroupBinding, IngressClassParams, Gateway API',
  'toc.title': '목차',
  'toc.progress': '{total}단계 중 {seen}단계 봄',
  'toc.done': '다 읽음',
  'toc.notStarted': '아직 안 봄',
  'toc.own': '직접 만든 시나리오',
  'toc.annotations': '애너테이션 레퍼런스',
  'toc.show': '목차',

  'lesson.still.start': '컨트롤러가 아무것도 하기 전의 클러스터 모습입니다.',
  'lesson.still.after':
    '이 단계에서는 새로 일어나는 일이 없습니다. 그림은 멈춰 있고, 본문이 그림을 설명합니다.',
  'lesson.still.setup': '지금 구성된 클러스터와 AWS 모습입니다.',
  'lesson.stepTitle': '{total}단계 중 {step}단계: {title}',
  'lesson.progress': '챕터 진행도',
  'lesson.unresolved': '이 챕터를 시나리오로부터 만들지 못했습니다: {details}',
  'lesson.modeFixed': '이 챕터의 대상 유형은 {mode} 하나뿐입니다.',

  'prose.loading': '본문을 불러오는 중…',
  'prose.failed':
    '챕터 본문을 불러오지 못했습니다. 다이어그램과 단계 이동은 그대로 쓸 수 있습니다.',
  'prose.term.close': '닫기',
  'prose.term.loading': '정의를 불러오는 중…',
  'prose.term.unavailable': '정의를 불러오지 못했습니다. 오프라인인지 확인해 주세요.',
  'prose.term.retry': '다시 시도',
  'prose.mermaid.loading': '다이어그램을 그리는 중…',
  'prose.mermaid.error': 'Mermaid가 이 다이어그램을 그리지 못했습니다:',
  'prose.mermaid.missing': '“{name}” 다이어그램이 없습니다.',
  'prose.mermaid.open': '크게 보기',
  'prose.mermaid.fullSize': '원래 크기로 본 다이어그램',
  'prose.mermaid.fullSizeOf': '{title} — 원래 크기',
  'prose.mermaid.close': '닫기',
  'prose.misconception.title': '흔한 오해',
  'prose.misconception.original': '흔히 그리는 그림',
  'prose.misconception.corrected': '바로잡은 그림',
  'prose.misconception.asWritten': '그 그림의 원문 그대로',

  'reading.toggle': '읽기 모드',
  'reading.lead':
    '이 챕터의 모든 단계를 한 페이지에 펼쳤습니다. 단계마다 그 단계가 끝난 시점의 다이어그램이 함께 나옵니다.',
  'reading.figure': '“{title}” 단계가 끝난 시점의 다이어그램',

  'quiz.title': '이해도 점검',
  'quiz.question': '문제 {number}',
  'quiz.check': '확인',
  'quiz.another': '다른 문제',
  'quiz.correct': '정답입니다.',
  'quiz.wrong': '아쉽지만 틀렸습니다.',
  'quiz.pick': '먼저 답을 고르세요.',
  'quiz.nextHop.prompt':
    '{url} 요청({mode} 모드)이 방금 {at}에 도착했습니다. 패킷이 다음에 갈 곳을 다이어그램에서 클릭하세요.',
  'quiz.nextHop.clicked': '고른 곳: {clicked}.',
  'quiz.nextHop.answer': '패킷은 다음으로 {answer}에 갑니다. {why}',
  'quiz.nextHop.diagram': '문제용 다이어그램: 다음 요소를 클릭하세요',
  'quiz.registered.prompt':
    '이 클러스터에서 Service {service}의 NodePort는 {nodePort}, targetPort는 {targetPort}, Ingress의 대상 유형은 {mode}입니다. 컨트롤러는 {subject}에 대해 어떤 대상을 등록할까요?',
  'quiz.registered.node': '노드 {node}',
  'quiz.registered.pod': '파드 {pod}',
  'quiz.registered.explainInstance':
    'instance 모드에서 대상 그룹에는 EC2 인스턴스 ID와 Service의 NodePort가 들어갑니다: {answer}. 파드는 그 노드의 kube-proxy가 고릅니다.',
  'quiz.registered.explainIp':
    'ip 모드에서 대상 그룹에는 파드 IP와 파드가 실제로 듣는 포트(Service의 targetPort)가 들어갑니다: {answer}. NodePort는 끼지 않습니다.',
} as const satisfies Readonly<Record<keyof typeof courseEn, string>>;
