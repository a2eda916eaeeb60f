/** Far above any real entry (a long letter is ~20,000 characters) yet small enough to stay quick. */
export const MAX_ENTRY_LENGTH = 200_000

/** A tag is a word or two ("work", "sleep 😴"): long enough for any language, short enough for a chip. */
export const MAX_TAG_LENGTH = 40
/** Enough to find an entry again; more would be a second text. */
export const MAX_TAGS_PER_ENTRY = 12
