import type { diagramEn } from './diagram-messages.en.ts';

/** 한국어 diagram 문자열; messages.ko.ts에 합쳐진다. 키는 영어와 같아야 한다. */
export const diagramKo = {} as const satisfies Readonly<Record<keyof typeof diagramEn, string>>;
