import type { playerEn } from './player-messages.en.ts';

/** 한국어 player 문자열; messages.ko.ts에 합쳐진다. 키는 영어와 같아야 한다. */
export const playerKo = {} as const satisfies Readonly<Record<keyof typeof playerEn, string>>;
