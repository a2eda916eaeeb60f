import { ROW_NOUNS, ROW_SCHEMAS, type TableName } from '@/db/rows'
import { plural } from '@/lib/plural'

/**
 * "12 journal entries", "The no-contact count and its history", … (lines of a list) for every table with rows, in
 * the order of ROW_SCHEMAS, settings left out. Built from the tables themselves, so a table added
 * later is named without anyone remembering to.
 */
export function describeRows(counts: Partial<Record<string, number>>): string[] {
  return (Object.keys(ROW_SCHEMAS) as TableName[])
    .filter((name) => name !== 'settings' && (counts[name] ?? 0) > 0)
    .map((name) => {
      const noun = ROW_NOUNS[name]
      const line = noun.all ?? plural(counts[name] ?? 0, noun.one, noun.many)
      return line.charAt(0).toUpperCase() + line.slice(1)
    })
}

/** "2 journal entries and 1 logged urge differed: the newer version was kept." or null. */
export function describeDiffered(differed: Partial<Record<TableName, number>>): string | null {
  const parts = (Object.keys(ROW_SCHEMAS) as TableName[])
    .filter((name) => (differed[name] ?? 0) > 0)
    .map((name) => plural(differed[name] ?? 0, ROW_NOUNS[name].one, ROW_NOUNS[name].many))
  if (parts.length === 0) return null
  return `${joinWords(parts)} differed: the newer version was kept.`
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: string[]): string {
  if (words.length < 2) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
