/** English strings of the diagram area; merged into messages.en.ts. */
export const diagramEn = {} as const;
