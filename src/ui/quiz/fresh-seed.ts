/** A new seed for a question, so answers can't be learnt by heart (the UI may use real randomness). */
export const freshSeed = (): number => Math.floor(Math.random() * 2 ** 31);
