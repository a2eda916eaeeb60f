import type { JournalEntry } from '@/db/types'
import { matchesFilter, type EntryFilter } from './entry-filter'

/** Longer searches are cut here: no one means more, and every keystroke stays quick. */
export const MAX_QUERY_LENGTH = 200

// Accents on Latin, Greek and Cyrillic letters (after NFKD they are these combining marks) and the
// emoji presentation selector: "café" finds "cafe" and "❤️" finds "❤". Marks that carry meaning in
// other scripts (Devanagari vowel signs, Arabic harakat, Hebrew points) are kept.
const FOLDED_AWAY = /[\u0300-\u036f\ufe0e\ufe0f]/g
const FOLDS_AWAY = /^[\u0300-\u036f\ufe0e\ufe0f]$/

/**
 * Text as the search compares it: compatibility-decomposed (full-width letters, ligatures), accents
 * dropped, lower case, the Greek final sigma as any sigma.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(FOLDED_AWAY, '').toLowerCase().replace(/ς/g, 'σ')
}

export interface SearchQuery {
  /** The folded words to find, each somewhere in an entry; empty when there is nothing to find. */
  terms: string[]
  /** The search as the person typed it, cut to MAX_QUERY_LENGTH. */
  shown: string
  /** It was cut. */
  tooLong: boolean
  /** Something was typed, but only spaces. */
  blank: boolean
}

/** Reads what the person typed: any language, emoji, `<script>` or `.*(` are all plain text. */
export function prepareQuery(raw: string): SearchQuery {
  const cut = [...raw].slice(0, MAX_QUERY_LENGTH).join('')
  const tooLong = cut.length < raw.length
  const shown = cut.trim()
  const terms = [...new Set(foldText(shown).split(/\s+/).filter(Boolean))]
  return { terms, shown, tooLong, blank: raw.length > 0 && terms.length === 0 }
}

/** Every entry's folded text beside it, newest first: built once, searched on every keystroke. */
export interface SearchIndex {
  entries: readonly JournalEntry[]
  folded: readonly string[]
}

function newestFirst(a: JournalEntry, b: JournalEntry): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

export function buildSearchIndex(entries: readonly JournalEntry[]): SearchIndex {
  const sorted = [...entries].sort(newestFirst)
  return { entries: sorted, folded: sorted.map((entry) => foldText(entry.text)) }
}

/**
 * The index with `changed` entries put in (new or edited) and `removed` ids taken out, refolding
 * only those entries.
 */
export function patchSearchIndex(
  index: SearchIndex,
  changed: readonly JournalEntry[],
  removed: readonly string[],
): SearchIndex {
  const drop = new Set([...removed, ...changed.map((entry) => entry.id)])
  const kept: { entry: JournalEntry; folded: string }[] = []
  index.entries.forEach((entry, i) => {
    if (!drop.has(entry.id)) kept.push({ entry, folded: index.folded[i] as string })
  })
  for (const entry of changed) kept.push({ entry, folded: foldText(entry.text) })
  kept.sort((a, b) => newestFirst(a.entry, b.entry))
  return { entries: kept.map((item) => item.entry), folded: kept.map((item) => item.folded) }
}

/** The entries (newest first) that contain every term and fit the filter. */
export function searchEntries(
  index: SearchIndex,
  terms: readonly string[],
  filter: EntryFilter,
): JournalEntry[] {
  if (terms.length === 0) return []
  const found: JournalEntry[] = []
  index.folded.forEach((text, i) => {
    const entry = index.entries[i] as JournalEntry
    if (terms.every((term) => text.includes(term)) && matchesFilter(entry, filter))
      found.push(entry)
  })
  return found
}

/** A stretch of an entry's own text, marked when it is what was searched for. */
export interface Segment {
  text: string
  mark: boolean
}

interface Span {
  start: number
  end: number
}

/**
 * Where the terms are in the original text (UTF-16 offsets), whatever folding changed: each code
 * point is folded alone and remembered, so a match maps back to exactly the characters typed.
 */
export function findMatches(text: string, terms: readonly string[]): Span[] {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) as number
    const size = code > 0xffff ? 2 : 1
    const char = text.slice(i, i + size)
    // Most text is ASCII: fold it without normalising.
    const foldedChar = code < 0x80 ? char.toLowerCase() : foldText(char)
    for (let k = 0; k < foldedChar.length; k++) {
      starts.push(i)
      ends.push(i + size)
    }
    folded += foldedChar
    i += size
  }
  const spans: Span[] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      let end = ends[at + term.length - 1] as number
      // Take the accents that folded away with the last letter ("cafe" marks all of "café").
      while (end < text.length && FOLDS_AWAY.test(text[end] as string)) end++
      spans.push({ start: starts[at] as number, end })
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

const BEFORE = 60
const EXCERPT_LENGTH = 220

/**
 * A short stretch of `text` around its first match, split into plain and marked segments (drawn as
 * text and <mark>, never as HTML). Starts at a word where it can, and never inside an emoji.
 */
export function excerptAround(text: string, terms: readonly string[]): Segment[] {
  const matches = findMatches(text, terms)
  const first = matches[0]
  let start = 0
  if (first && first.start > BEFORE) {
    start = first.start - BEFORE
    const space = text.slice(start, first.start).search(/\s/)
    if (space !== -1) start += space + 1
  }
  let end = Math.min(text.length, Math.max(start + EXCERPT_LENGTH, first ? first.end : 0))
  if (isLowSurrogate(text, start)) start++
  if (isLowSurrogate(text, end)) end++
  const segments: Segment[] = []
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) segments.push({ text: text.slice(from, to), mark })
  }
  let at = start
  for (const match of matches) {
    if (match.end <= start || match.start >= end) continue
    push(at, Math.max(at, match.start), false)
    push(Math.max(at, match.start), Math.min(end, match.end), true)
    at = Math.min(end, match.end)
  }
  push(at, end, false)
  if (start > 0) segments.unshift({ text: '…', mark: false })
  if (end < text.length) segments.push({ text: '…', mark: false })
  return segments
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff
}
