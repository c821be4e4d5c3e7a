/** English strings of the player area; merged into messages.en.ts. */
export const playerEn = {} as const;
