/** About two minutes of the shared breath (src/lib/breathing): long enough for the first wave to pass. */
export const BREATH_ROUNDS = 8
