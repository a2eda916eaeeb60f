/** The one last message, in its three optional parts. Kept as JSON in the draft's text field. */
export interface LastMessageParts {
  apology: string
  space: string
  doingWell: string
}

export const EMPTY_PARTS: LastMessageParts = { apology: '', space: '', doingWell: '' }

const KEYS = ['apology', 'space', 'doingWell'] as const

/**
 * Reads the draft back. Anything unexpected (an older format, a damaged row) is never thrown away:
 * plain text goes into the first part so the person still sees their words.
 */
export function parseLastMessageDraft(text: string): LastMessageParts {
  if (text.trim() === '') return { ...EMPTY_PARTS }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ...EMPTY_PARTS, apology: text }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ...EMPTY_PARTS, apology: text }
  }
  const record = parsed as Record<string, unknown>
  const parts = { ...EMPTY_PARTS }
  for (const key of KEYS) {
    const value = record[key]
    if (typeof value === 'string') parts[key] = value
  }
  return parts
}

/** The draft's text; empty when every part is empty, so the draft is removed rather than kept. */
export function serialiseLastMessage(parts: LastMessageParts): string {
  return KEYS.every((key) => parts[key] === '') ? '' : JSON.stringify(parts)
}

/** The message as it would be sent: the parts that have words, one paragraph each. */
export function combineLastMessage(parts: LastMessageParts): string {
  return KEYS.map((key) => parts[key].trim())
    .filter((part) => part !== '')
    .join('\n\n')
}
