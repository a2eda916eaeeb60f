/**
 * A tag as stored: NFC (so "é" typed two ways is one tag), trimmed, inner spaces made one, and a
 * leading "#" dropped (people type "#work" out of habit). Case is kept as first typed. Shared by the
 * journal and the database's tag index (src/db/tag-index.ts), which must agree on it exactly.
 */
export function normaliseTag(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^#+\s*/u, '')
}

/** What makes two tags the same one: "Work" and "work" are one tag. Never starts with "#". */
export function tagKey(tag: string): string {
  return normaliseTag(tag).toLowerCase()
}
