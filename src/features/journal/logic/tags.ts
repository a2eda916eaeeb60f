import { MAX_TAG_LENGTH, MAX_TAGS_PER_ENTRY } from '@/db/limits'
import { normaliseTag, tagKey } from '@/lib/tag-text'

export { MAX_TAG_LENGTH, MAX_TAGS_PER_ENTRY, normaliseTag, tagKey }

/** Length as a person counts it: an emoji is one character, not two UTF-16 units. */
function lengthOf(tag: string): number {
  return Array.from(tag).length
}

export const TAG_PROBLEMS = {
  empty: 'Type a word or two for the tag, then press Enter.',
  long: `A tag can be up to ${MAX_TAG_LENGTH} characters. A shorter word works best; the rest can go in the entry itself.`,
  many: `An entry can have up to ${MAX_TAGS_PER_ENTRY} tags. Remove one to add another.`,
} as const

export interface AddTagsResult {
  tags: string[]
  /** Why some of what was typed was not added, in words for the person; null when all was. */
  problem: string | null
}

/**
 * Adds what the person typed (one tag, or several separated by commas) to `current`. A tag that is
 * already there in any case is not added twice; a tag that exists elsewhere (`known`) takes that
 * spelling, so "work" and "Work" stay one tag across the journal.
 */
export function addTags(
  current: readonly string[],
  typed: string,
  known: readonly string[] = [],
): AddTagsResult {
  const tags = [...current]
  const keys = new Set(tags.map(tagKey))
  const spellings = new Map(known.map((tag) => [tagKey(tag), normaliseTag(tag)]))
  const pieces = typed.split(/[,،、，]/u).map(normaliseTag)
  let problem: string | null = pieces.every((piece) => piece === '') ? TAG_PROBLEMS.empty : null
  for (const piece of pieces) {
    if (piece === '') continue
    const key = piece.toLowerCase()
    if (keys.has(key)) continue
    if (lengthOf(piece) > MAX_TAG_LENGTH) {
      problem ??= TAG_PROBLEMS.long
      continue
    }
    if (tags.length >= MAX_TAGS_PER_ENTRY) {
      problem ??= TAG_PROBLEMS.many
      continue
    }
    tags.push(spellings.get(key) ?? piece)
    keys.add(key)
  }
  return { tags, problem }
}

/** `current` without `tag` (in any case). */
export function removeTag(current: readonly string[], tag: string): string[] {
  const key = tagKey(tag)
  return current.filter((kept) => tagKey(kept) !== key)
}

/** What is wrong with a set of tags about to be saved; null when they can be. */
export function validateTags(tags: readonly string[]): string | null {
  if (tags.length > MAX_TAGS_PER_ENTRY) return TAG_PROBLEMS.many
  for (const tag of tags) {
    if (normaliseTag(tag) === '') return TAG_PROBLEMS.empty
    if (lengthOf(normaliseTag(tag)) > MAX_TAG_LENGTH) return TAG_PROBLEMS.long
  }
  return null
}

/** Tags as they are stored: normalised, empty ones dropped, case-insensitive duplicates merged. */
export function cleanTags(tags: readonly string[]): string[] {
  return addTags([], tags.join(',')).tags
}
