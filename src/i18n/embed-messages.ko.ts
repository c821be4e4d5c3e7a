import type { embedEn } from './embed-messages.en.ts';

/** 임베드 플레이어, 공유/임베드 대화 상자, 내보내기의 한국어 문자열. messages.ko.ts에 합쳐진다. */
export const embedKo = {
  'embed.region': '{chapter}, {total}단계 중 {step}단계',
  'embed.controls': '플레이어',
  'embed.openFull': '전체 앱에서 열기',
  'embed.mode': '대상 유형',
  'embed.language': '언어',
  'embed.loading': '다이어그램을 불러오는 중…',
  'embed.focused': '키: ← → 단계 이동, Space 재생/일시 정지',

  'share.open': '공유 / 임베드',
  'share.title': '이 단계를 공유하거나 임베드하기',
  'share.intro':
    '아래의 모든 항목은 지금 보고 있는 챕터, 단계, 대상 유형, 언어, 테마를 가리킵니다. iframe을 허용하는 페이지에는 실시간 플레이어를 넣고, 허용하지 않는 곳에는 Mermaid 텍스트나 링크를 단 이미지를 붙여 넣으세요.',
  'share.close': '닫기',
  'share.copy': '복사',
  'share.copied': '복사됨',
  'share.link':
    '이 단계로 가는 링크 (전체 앱에서 열림)',
  'share.embedLink':
    '임베드 주소 (작은 플레이어, iframe과 /embed용)',
  'share.iframe': 'iframe (실시간 플레이어)',
  'share.element': '스크립트 태그와 요소 (스크립트를 허용하는 문서 사이트)',
  'share.mermaid': 'Mermaid',
  'share.mermaidFlowchart': '이 단계의 흐름도',
  'share.mermaidSequence': '요청의 시퀀스',
  'share.mermaidLoading': 'Mermaid 텍스트를 만드는 중…',
  'share.downloads': '이 단계를 그림으로 내려받기',
  'share.downloadHint':
    'SVG와 PNG 파일에는 챕터, 단계, 대상 유형이 기록됩니다. 파일을 이 앱에 끌어다 놓으면 같은 단계가 열립니다. GIF는 이 단계의 애니메이션을 반복합니다.',
  'share.working': '{format} 만드는 중…',
  'share.failed': '{format} 파일을 만들지 못했습니다: {message}',
  'share.hosts': '위키에 넣는 방법',
  'share.host.confluenceCloud': 'Confluence Cloud',
  'share.host.confluenceCloud.text':
    '/iframe(또는 /embed)을 입력하고 이 임베드 주소를 붙여 넣은 뒤, 프레임 높이를 520px 정도로 끌어 맞추세요. 매크로를 쓸 수 없다면 PNG를 첨부하고 이 단계로 가는 링크를 거세요.',
  'share.host.confluenceDc': 'Confluence Data Center',
  'share.host.confluenceDc.text':
    'HTML 매크로(관리자가 켜야 합니다)를 넣고 이 iframe 코드를 붙여 넣으세요. 어두운 페이지라면 주소 끝에 &theme=dark를 붙이세요.',
  'share.host.notion': 'Notion',
  'share.host.notion.text':
    '/embed를 입력하고 이 임베드 주소를 붙여 넣은 뒤, 블록을 원하는 높이로 끌어 맞추세요. Notion은 그 높이를 유지합니다.',
  'share.host.gitlab': 'GitLab',
  'share.host.gitlab.text':
    'GitLab은 Mermaid를 그려 주지만 Markdown 안의 iframe은 실행하지 않습니다. 이 내용(흐름도와 이 단계로 가는 링크)을 붙여 넣으세요.',
  'share.host.github': 'GitHub',
  'share.host.github.text':
    'GitHub는 iframe을 지웁니다. SVG를 내려받아 Markdown 파일 옆에 {svg} 이름으로 커밋하고 이 내용을 붙여 넣으세요. 그림을 누르면 이 단계로 갑니다. (Mermaid 텍스트를 ```mermaid 블록에 넣어도 됩니다.)',
  'share.host.mediawiki': 'MediaWiki',
  'share.host.mediawiki.text':
    'PNG를 내려받아 {png} 이름으로 올리고 이 내용을 붙여 넣으세요. 그림을 누르면 이 단계로 갑니다.',
  'share.dropHint': '이 앱에서 내보낸 SVG나 PNG를 끌어다 놓으면 그 단계가 열립니다.',
  'share.dropFailed': '이 파일에는 어느 단계인지가 적혀 있지 않아서 아무것도 열지 않았습니다.',
  'export.title': '{chapter}, {total}단계 중 {step}단계 ({mode})',
} as const satisfies Record<keyof typeof embedEn, string>;
