import { describeDay } from './dates'

// Records with several fields, in words a person reads: for showing two versions side by side.

/** One field of a record in words a person reads: "How strong it was", "7 of 10". */
export interface FieldWords {
  label: string
  words: string
}

/** A form's day and time fields in words: "Today, 21:30". */
export function dayAndTimeWords(day: string, time: string): string {
  return day ? `${describeDay(day)}${time ? `, ${time}` : ''}` : ''
}

/** A record's fields, one "Label: words" line each. */
export function wordsOf(fields: readonly FieldWords[]): string {
  return fields.map(({ label, words }) => `${label}: ${words || '(nothing)'}`).join('\n')
}

/**
 * Two versions of a record with several fields, as words: only the fields that differ (all of
 * them when none do, as when only the time of saving changed).
 */
export function differingWords(
  mine: readonly FieldWords[],
  theirs: readonly FieldWords[],
): { mine: string; theirs: string } {
  const theirsByLabel = new Map(theirs.map((field) => [field.label, field.words]))
  const labels = new Set(
    mine.filter((field) => theirsByLabel.get(field.label) !== field.words).map((f) => f.label),
  )
  for (const field of theirs)
    if (!mine.some((m) => m.label === field.label)) labels.add(field.label)
  const pick = (fields: readonly FieldWords[]) =>
    labels.size === 0 ? fields : fields.filter((field) => labels.has(field.label))
  return { mine: wordsOf(pick(mine)), theirs: wordsOf(pick(theirs)) }
}
