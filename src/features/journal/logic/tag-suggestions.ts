import { tagKey } from './tags'

// Apart from ./tags, which saving an entry needs on Today's first load: these only serve the tag
// editor and the journal's filters, which load later.

export interface TagCount {
  tag: string
  /** How many entries carry it. */
  count: number
}

/**
 * Earlier tags worth offering while the person types: those starting with what is typed first,
 * then those containing it, the most used first; none already on the entry. With nothing typed,
 * the most used ones.
 */
export function suggestTags(
  known: readonly TagCount[],
  typed: string,
  current: readonly string[],
  limit = 6,
): string[] {
  const taken = new Set(current.map(tagKey))
  const query = tagKey(typed)
  const ranked = known
    .filter(({ tag }) => !taken.has(tagKey(tag)))
    .map(({ tag, count }) => {
      const key = tagKey(tag)
      const rank = query === '' ? 0 : key.startsWith(query) ? 0 : key.includes(query) ? 1 : 2
      return { tag, count, rank }
    })
    .filter(({ rank }) => rank < 2)
  ranked.sort((a, b) => a.rank - b.rank || b.count - a.count || a.tag.localeCompare(b.tag))
  return ranked.slice(0, limit).map(({ tag }) => tag)
}

/**
 * Counts per tag from spellings and how many entries carry each, "Work" and "work" counted as one
 * under the spelling with the most. Sorted most used first, then by name.
 */
export function countTags(spellings: readonly TagCount[]): TagCount[] {
  const groups = new Map<string, Map<string, number>>()
  for (const { tag, count } of spellings) {
    const key = tagKey(tag)
    const group = groups.get(key) ?? new Map<string, number>()
    group.set(tag, (group.get(tag) ?? 0) + count)
    groups.set(key, group)
  }
  const counts: TagCount[] = []
  for (const group of groups.values()) {
    let best = ''
    let bestCount = -1
    let count = 0
    for (const [spelling, n] of group) {
      count += n
      if (n > bestCount) [best, bestCount] = [spelling, n]
    }
    counts.push({ tag: best, count })
  }
  counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  return counts
}
