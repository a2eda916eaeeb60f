import { MAX_ENTRY_LENGTH } from '@/db/limits'
import type { Mood } from '@/db/types'

export { MAX_ENTRY_LENGTH }

export interface EntryInput {
  mood: Mood | null
  text: string
  /** Absent: the entry's tags stay as they are (a save from a form without tags). */
  tags?: readonly string[] | undefined
}

/** What is wrong with an entry, in words for the person; null when it can be saved. */
export function validateEntry(input: EntryInput): string | null {
  if (input.mood === null && input.text.trim() === '') {
    return 'Pick how you feel, or write a few words, then save.'
  }
  if (input.text.length > MAX_ENTRY_LENGTH) {
    const over = (input.text.length - MAX_ENTRY_LENGTH).toLocaleString('en')
    return `This entry is ${over} characters over the limit of ${MAX_ENTRY_LENGTH.toLocaleString('en')}. Nothing is lost: move part of it into a second entry, then save.`
  }
  // Tags are checked by the save itself (see addEntry), which loads the tag code only when needed.
  return null
}
