import type { lessonEn } from './lesson-messages.en.ts';

/** 단계 끝 화면, 워커가 계산하는 동안의 안내, 코스의 시작점. */
export const lessonKo: Record<keyof typeof lessonEn, string> = {
  'lesson.loading': '이 챕터의 시뮬레이션을 돌리는 중…',
  'player.playThrough': '이어서 재생',
  'notice.modeNotInChapter': '이 챕터에는 {value} 모드가 없어 {fallback} 모드로 보여 줍니다.',
  'toc.startHere': '여기서 시작',
  'toc.startHereHint': '컨트롤러가 처음이라면 이 챕터부터 읽으세요.',
};
