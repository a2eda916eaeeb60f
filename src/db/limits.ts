/** Far above any real entry (a long letter is ~20,000 characters) yet small enough to stay quick. */
export const MAX_ENTRY_LENGTH = 200_000
